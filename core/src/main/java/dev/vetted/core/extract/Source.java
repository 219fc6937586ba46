package dev.vetted.core.extract;

/**
 * Who a claim is attributed to: the speaker's canonical name within the article, what kind of
 * source it is, its role or title as written (null when none), and whether the attribution
 * asserts the content (said, found) rather than denies it (denied, rejected).
 */
record Source(String name, Kind kind, String role, boolean assertive) {

    enum Kind {
        PERSON, ORGANISATION, OUTLET, ANONYMOUS;

        /** As the extract contract spells it. */
        String contractName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Source(String name, Kind kind, boolean assertive) {
        this(name, kind, null, assertive);
    }

    boolean person() {
        return kind == Kind.PERSON;
    }

    boolean outlet() {
        return kind == Kind.OUTLET;
    }

    boolean organisation() {
        return kind == Kind.ORGANISATION;
    }

    Source asserting(boolean assertive) {
        return new Source(name, kind, role, assertive);
    }
}
