package dev.vetted.core.common;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many rows match a list's filter, counted up to {@link #LIMIT}. A newsroom's lists grow for
 * years (all tasks, a reviewer's decided ones, every claim, a common search word): counting every
 * match on every page view read 137,000 tasks to print one number, and a person reading an
 * inbox does not need more than "1,000+" to know that the filter should be narrower.
 */
public record RowCount(long atLeast, boolean exact) {

    /** Counted exactly up to this; beyond it the count says "at least". */
    public static final int LIMIT = 1000;

    public static RowCount exactly(long n) {
        return new RowCount(n, true);
    }

    /**
     * Counts the entity's rows where the HQL condition holds (its paths unqualified, as in
     * Panache), reading at most LIMIT + 1 ids.
     */
    public static RowCount of(EntityManager em, Class<?> entity, String condition, Parameters params) {
        String hql = "select id from " + entity.getSimpleName() + (condition.isBlank() ? "" : " where " + condition);
        TypedQuery<Object> query = em.createQuery(hql, Object.class).setMaxResults(LIMIT + 1);
        for (Map.Entry<String, Object> p : params.map().entrySet()) query.setParameter(p.getKey(), p.getValue());
        int found = query.getResultList().size();
        return found > LIMIT ? new RowCount(LIMIT, false) : exactly(found);
    }

    /**
     * The count of a list of which one page was read and held {@code found} rows: a short page is
     * its own exact count (everything before it and on it is all there is), so only a full page,
     * or an empty one past the first, needs the counting statement.
     */
    public static RowCount ofPage(EntityManager em, Class<?> entity, Conditions where, PageRequest request, int found) {
        return fromShortPage(request.page(), request.size(), found).orElseGet(() -> of(em, entity, where.hql(), where.params()));
    }

    static Optional<RowCount> fromShortPage(int page, int size, int found) {
        if (found >= size || (found == 0 && page > 0)) return Optional.empty();
        return Optional.of(exactly((long) page * size + found));
    }

    /** Two counts together (the To do tab: assigned to me and open to my role). */
    public RowCount plus(RowCount other) {
        return new RowCount(atLeast + other.atLeast, exact && other.exact);
    }

    public String text() {
        return text(atLeast, exact);
    }

    static String text(long n, boolean exact) {
        return String.format(Locale.ROOT, "%,d", n) + (exact ? "" : "+");
    }
}
