package dev.vetted.web.demo;

import dev.vetted.core.article.Articles;
import dev.vetted.core.article.NewArticle;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.ClusterLock;
import dev.vetted.core.intake.ArticleIntake;
import dev.vetted.core.statement.NewStatement;
import dev.vetted.core.statement.OfficialStatements;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the demo article on a local run, once: a restart finds it by title and leaves the desk as
 * the users left it.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final Actor DEMO = new Actor("demo-data", "demo-data");

    private final Articles articles;
    private final ArticleIntake intake;
    private final OfficialStatements statements;
    private final Optional<Path> seedFile;
    private final ClusterLock lock;

    public DemoData(Articles articles, ArticleIntake intake, OfficialStatements statements,
                    DemoSettings settings, ClusterLock lock) {
        this.lock = lock;
        this.articles = articles;
        this.intake = intake;
        this.statements = statements;
        this.seedFile = settings.seedFile();
    }

    void onStart(@Observes StartupEvent event) {
        // replicas starting together would each find no demo article and import it twice
        seedFile.ifPresent(file -> lock.runExclusively("demo-data", () -> {
            seed(file);
            return null;
        }));
    }

    public void seed(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warnf("Demo article %s could not be read (%s); starting without demo data.", file, e.getMessage());
            return;
        }
        String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(file.getFileName().toString());
        if (articles.findByTitle(title).isPresent()) {
            return;
        }
        // the statement the seed article reports, so the confirmation step has something to offer
        statements.add(new NewStatement("White House National Security Council", null, null, null,
                "No such deal has been officially reached. (Statement on X, as reported in the demo article.)"), DEMO);
        var imported = intake.importArticle(new NewArticle(title, null, null, null, text), DEMO);
        LOG.infof("Demo article imported with %d suggested claims: %s", imported.suggestions().size(), title);
    }
}
