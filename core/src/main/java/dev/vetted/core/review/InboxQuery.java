package dev.vetted.core.review;

import dev.vetted.core.common.Conditions;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.common.RowCount;
import dev.vetted.core.common.Text;
import io.quarkus.panache.common.Sort;

import java.util.List;

/** The inbox query: tasks matching a filter, overdue first then by due time (or newest decided first). */
final class InboxQuery {

    private InboxQuery() {
    }

    static Page<ReviewTask> list(TaskFilter filter, PageRequest request) {
        Conditions where = new Conditions();
        if (filter.roles() != null && filter.roles().isEmpty()) return new Page<>(List.of(), request.page(), request.size(), 0);
        where.add(filter.step() != null, "step = :step", "step", filter.step());
        where.add(filter.states() != null && !filter.states().isEmpty(), "state in :states", "states", filter.states());
        where.add(filter.assignee() != null, "assignee = :assignee", "assignee", filter.assignee());
        where.add(filter.roles() != null, "candidateRole in :roles", "roles", filter.roles());
        where.add(filter.claimId() != null, "claim.id = :claim", "claim", filter.claimId());
        boolean text = filter.text() != null && !filter.text().isBlank();
        // full-text search over the claim (migration V8), in the inbox's own order
        where.add(text, "function('claim_matches', claim.searchDocument, :text) = true", "text",
                text ? filter.text().strip() : null);
        boolean speaker = filter.speaker() != null && !filter.speaker().isBlank();
        where.add(speaker, "lower(claim.speaker) like :speaker escape '\\'", "speaker",
                speaker ? Text.likeContains(filter.speaker()) : null);
        where.add(filter.overdue() != null, "overdue = :overdue", "overdue", filter.overdue());
        where.add(filter.decidedBy() != null, "decidedBy = :decidedBy", "decidedBy", filter.decidedBy());
        Sort sort = filter.decidedBy() != null ? Sort.descending("decidedAt").and("id")
                : Sort.descending("overdue").and("dueAt").and("id");
        var query = where.hql().isEmpty() ? ReviewTask.<ReviewTask>findAll(sort)
                : ReviewTask.<ReviewTask>find(where.hql(), sort, where.params());
        List<ReviewTask> items = query.page(request.page(), request.size()).list();
        RowCount total = RowCount.ofPage(ReviewTask.getEntityManager(), ReviewTask.class, where, request, items.size());
        return new Page<>(items, request.page(), request.size(), total);
    }

}
