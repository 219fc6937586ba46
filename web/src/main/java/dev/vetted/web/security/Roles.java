package dev.vetted.web.security;

/** The realm roles of Keycloak's `vetted` realm. */
public final class Roles {

    public static final String FACT_CHECKER = "fact-checker";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
