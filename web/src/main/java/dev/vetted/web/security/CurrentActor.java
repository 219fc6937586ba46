package dev.vetted.web.security;

import dev.vetted.core.common.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one place that says who is acting. Everything that records an actor asks here, never the
 * request body, so sign-in only has to change this class.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        if (identity == null || identity.isAnonymous()) {
            return new Actor("anonymous", "anonymous");
        }
        String name = identity.getPrincipal().getName();
        return new Actor(name, name);
    }
}
