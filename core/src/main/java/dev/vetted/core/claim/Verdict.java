package dev.vetted.core.claim;

/**
 * The rating an editor gives a claim when signing it off, with the words readers see and its
 * value on the 1 (false) to 5 (true) scale that ClaimReview markup publishes.
 */
public enum Verdict {
    TRUE("True", 5),
    MOSTLY_TRUE("Mostly true", 4),
    MISLEADING("Misleading", 2),
    FALSE("False", 1),
    UNPROVEN("Unproven", 3);

    private final String words;
    private final int rating;

    Verdict(String words, int rating) {
        this.words = words;
        this.rating = rating;
    }

    /** The rating as readers see it ("Mostly true"). */
    public String words() {
        return words;
    }

    /** The rating on the published scale: 1 false, 2 misleading, 3 unproven, 4 mostly true, 5 true. */
    public int rating() {
        return rating;
    }
}
