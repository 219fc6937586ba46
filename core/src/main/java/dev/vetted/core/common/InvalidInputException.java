package dev.vetted.core.common;

import java.util.List;

/** Input that is well-formed but breaks a rule: a missing field, a span outside the article... */
public final class InvalidInputException extends DomainException {

    /** One broken rule, tied to the field a person has to fix. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) throw new IllegalArgumentException("no errors given");
        if (errors.size() == 1) return errors.get(0).field() + ": " + errors.get(0).message();
        return errors.size() + " fields need fixing: "
                + String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
