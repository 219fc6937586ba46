package dev.vetted.core.extract;

/** Who a claim is attributed to, and what kind of source that is. */
record Source(String name, Kind kind, boolean assertive) {

    enum Kind { PERSON, GROUP, OUTLET, BODY }

    boolean person() {
        return kind == Kind.PERSON;
    }

    boolean group() {
        return kind == Kind.GROUP;
    }

    boolean outlet() {
        return kind == Kind.OUTLET;
    }
}
