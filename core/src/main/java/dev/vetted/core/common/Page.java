package dev.vetted.core.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer result, with what a client needs to ask for the next. {@code total} is
 * exact when {@code totalExact}; otherwise there are at least that many (see {@link RowCount}),
 * and a client pages on while pages come back full.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public Page(List<T> items, int page, int size, RowCount total) {
        this(items, page, size, total.atLeast(), total.exact());
    }

    /** A page of a result counted exactly. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total, totalExact);
    }

    /** The total as a person reads it: "1,000+" when there are more than were counted. */
    public String totalText() {
        return RowCount.text(total, totalExact);
    }
}
