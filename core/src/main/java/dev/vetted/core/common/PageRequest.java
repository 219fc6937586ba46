package dev.vetted.core.common;

/** Which page of a listing to return; zero-based. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public static PageRequest of(Integer page, Integer size) {
        InputRules rules = new InputRules();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) rules.fail("page", "must be 0 or more");
        if (s < 1 || s > MAX_SIZE) rules.fail("size", "must be between 1 and " + MAX_SIZE);
        rules.check();
        return new PageRequest(p, s);
    }
}
