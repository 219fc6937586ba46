package dev.vetted.core.common;

/**
 * The person (or system) behind an action. The web layer fills it from the signed-in identity;
 * the domain only records it.
 */
public record Actor(String subject, String username) {

    public static final Actor SYSTEM = new Actor("system", "system");

    public Actor {
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("actor subject is required");
        if (username == null || username.isBlank()) username = subject;
    }
}
