package dev.vetted.web.pages;

import dev.vetted.web.security.Roles;

import java.util.List;

/** What a page needs to know about the person looking at it: their name and product roles. */
public record Viewer(String username, List<String> roles) {

    public boolean factChecker() {
        return roles.contains(Roles.FACT_CHECKER);
    }

    public boolean editor() {
        return roles.contains(Roles.EDITOR);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }
}
