package dev.vetted.web.security;

import dev.vetted.core.common.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one place that says who is acting: the subject and username of the signed-in user's token.
 * Nothing the client sends in a request body can change it.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        if (identity == null || identity.isAnonymous()) {
            return new Actor("anonymous", "anonymous");
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String username = token.getClaim("preferred_username");
            return new Actor(token.getSubject() != null ? token.getSubject() : token.getName(),
                    username != null ? username : token.getName());
        }
        String name = identity.getPrincipal().getName();
        return new Actor(name, name);
    }

    public boolean hasRole(String role) {
        return identity != null && identity.hasRole(role);
    }

    public java.util.Set<String> roles() {
        return identity == null ? java.util.Set.of() : identity.getRoles();
    }
}
