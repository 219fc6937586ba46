package dev.vetted.core.common;

/** Which page of a listing to return; zero-based. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    /** Far beyond any listing, and small enough that page times size stays an int. */
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest of(Integer page, Integer size) {
        InputRules rules = new InputRules();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) rules.fail("page", "must be between 0 and " + MAX_PAGE);
        if (s < 1 || s > MAX_SIZE) rules.fail("size", "must be between 1 and " + MAX_SIZE);
        rules.check();
        return new PageRequest(p, s);
    }
}
