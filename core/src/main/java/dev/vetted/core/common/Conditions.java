package dev.vetted.core.common;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;

/** A list's filter as an HQL condition (paths unqualified, as in Panache) and its parameters. */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();

    /** Adds the clause, with its one named parameter, when the filter has that part. */
    public Conditions add(boolean present, String clause, String name, Object value) {
        if (present) {
            clauses.add(clause);
            params.and(name, value);
        }
        return this;
    }

    /** The clauses joined with "and"; empty when the filter has none. */
    public String hql() {
        return String.join(" and ", clauses);
    }

    public Parameters params() {
        return params;
    }
}
