package dev.vetted.core.review;

import java.util.List;

/**
 * Something a decision rests on: a link, quoted words, a note; and who brought it. A reviewer
 * names the kind from {@link #REVIEWER_KINDS}; the author is always the person deciding (or
 * "system" for what routing found), never what a client says.
 */
public record Evidence(String kind, String url, String quote, String note, String by) {

    /** The kinds a reviewer may give their evidence; routing adds located-in-source itself. */
    public static final List<String> REVIEWER_KINDS = List.of("reviewer", "primary-source", "official-statement",
            "document", "data", "expert", "archive", "media");

    /** Evidence items that go with one decision: enough for any check, bounded for the signed trail. */
    public static final int MAX_PER_DECISION = 50;
}
