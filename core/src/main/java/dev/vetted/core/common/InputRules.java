package dev.vetted.core.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input so a person sees all fixes at once, not one per try. */
public final class InputRules {

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public InputRules required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
        } else {
            maxLength(field, value, maxLength);
        }
        return this;
    }

    public InputRules maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            fail(field, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
        }
        return this;
    }

    /**
     * An optional web address: http or https with a host. Addresses end up as links on the desk,
     * so anything else (javascript:, data:) is refused rather than shown.
     */
    public InputRules webAddress(String field, String value) {
        if (value == null || value.isBlank()) return this;
        try {
            java.net.URI uri = new java.net.URI(value.strip());
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) return this;
        } catch (java.net.URISyntaxException e) {
            // falls through to the refusal
        }
        return fail(field, "must be an http:// or https:// address");
    }

    public InputRules fail(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws when any rule was broken. */
    public void check() {
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }
}
