package dev.vetted.core.review;

import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.common.RowCount;
import dev.vetted.core.common.Text;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;

/** The inbox query: tasks matching a filter, overdue first then by due time (or newest decided first). */
final class InboxQuery {

    private InboxQuery() {
    }

    static Page<ReviewTask> list(TaskFilter filter, PageRequest request) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.roles() != null && filter.roles().isEmpty()) return new Page<>(List.of(), request.page(), request.size(), 0);
        add(where, params, filter.step() != null, "step = :step", "step", filter.step());
        add(where, params, filter.states() != null && !filter.states().isEmpty(), "state in :states", "states", filter.states());
        add(where, params, filter.assignee() != null, "assignee = :assignee", "assignee", filter.assignee());
        add(where, params, filter.roles() != null, "candidateRole in :roles", "roles", filter.roles());
        add(where, params, filter.claimId() != null, "claim.id = :claim", "claim", filter.claimId());
        boolean text = filter.text() != null && !filter.text().isBlank();
        // full-text search over the claim (migration V8), in the inbox's own order
        add(where, params, text, "function('claim_matches', claim.searchDocument, :text) = true", "text",
                text ? filter.text().strip() : null);
        boolean speaker = filter.speaker() != null && !filter.speaker().isBlank();
        add(where, params, speaker, "lower(claim.speaker) like :speaker escape '\\'", "speaker",
                speaker ? Text.likeContains(filter.speaker()) : null);
        add(where, params, filter.overdue() != null, "overdue = :overdue", "overdue", filter.overdue());
        add(where, params, filter.decidedBy() != null, "decidedBy = :decidedBy", "decidedBy", filter.decidedBy());
        Sort sort = filter.decidedBy() != null ? Sort.descending("decidedAt").and("id")
                : Sort.descending("overdue").and("dueAt").and("id");
        var query = where.isEmpty() ? ReviewTask.<ReviewTask>findAll(sort)
                : ReviewTask.<ReviewTask>find(String.join(" and ", where), sort, params);
        List<ReviewTask> items = query.page(request.page(), request.size()).list();
        // a short page already says how many there are; only a full one needs counting
        RowCount total = RowCount.fromShortPage(request.page(), request.size(), items.size()).orElseGet(() ->
                RowCount.of(ReviewTask.getEntityManager(), ReviewTask.class, String.join(" and ", where), params));
        return new Page<>(items, request.page(), request.size(), total);
    }

    private static void add(List<String> where, Parameters params, boolean present, String clause, String name, Object value) {
        if (!present) return;
        where.add(clause);
        params.and(name, value);
    }
}
