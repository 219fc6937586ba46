package dev.vetted.web.pages;

import dev.vetted.web.security.CurrentActor;
import dev.vetted.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Builds the {@link Viewer} of the current request. */
@ApplicationScoped
public class Viewers {

    private static final Set<String> PRODUCT_ROLES = Set.of(Roles.FACT_CHECKER, Roles.EDITOR, Roles.ADMIN);

    private final CurrentActor actor;

    public Viewers(CurrentActor actor) {
        this.actor = actor;
    }

    public Viewer current() {
        // Keycloak adds its own default roles; the desk speaks only of ours
        return new Viewer(actor.get().username(), actor.roles().stream().filter(PRODUCT_ROLES::contains).sorted().toList());
    }
}
