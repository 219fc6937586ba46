package dev.vetted.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the dependency direction web -> workflow -> core. */
class ArchitectureTest {

    static final JavaClasses VETTED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vetted");

    @Test
    void coreKnowsNothingOfHttpOrRouting() {
        noClasses().that().resideInAPackage("dev.vetted.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.vetted.web..", "dev.vetted.workflow..", "dev.vetted.deploy..",
                        "jakarta.ws.rs..", "io.vertx..", "io.camunda..", "io.grpc..", "org.jboss.resteasy..")
                .check(VETTED);
    }

    @Test
    void workflowDoesNotReachIntoWeb() {
        noClasses().that().resideInAPackage("dev.vetted.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vetted.web..", "dev.vetted.deploy..",
                        "jakarta.ws.rs..")
                .check(VETTED);
    }

    /** A package that needs another never is needed by it, however far round: each package has one place in the layering. */
    @Test
    void noPackageCycles() {
        slices().matching("dev.vetted.(*).(*)..").should().beFreeOfCycles().check(VETTED);
    }
}
