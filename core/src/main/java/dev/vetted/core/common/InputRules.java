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
