package dev.vetted.core.claim;

import dev.vetted.core.common.Conditions;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.common.RowCount;
import dev.vetted.core.common.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claim list: claims matching a filter, newest first. A text search puts the {@link #RANKED}
 * newest matches first, best match first, and goes on with the older matches newest first.
 *
 * <p>Why a search ranks only the newest matches: ranking reads every match's document, and a
 * common word ("crime", "government") matches a sixth of a newsroom's claims. At 100,000 claims
 * that was 17,000 rows read for 20 shown, 24 ms warm and 90 ms cold per search. Walking the
 * creation-time index until RANKED matches are found reads a bounded number of rows whatever
 * the word, and a rare word still takes the full-text index (the planner chooses). The list's
 * count says "1,000+" at that point already, which tells the reader to narrow the search; the
 * older matches can still be paged to.
 */
final class ClaimQuery {

    /** A search ranks, and pages through, at most this many of the newest matches. */
    static final int RANKED = RowCount.LIMIT;

    private ClaimQuery() {
    }

    static Page<Claim> list(ClaimFilter filter, PageRequest request) {
        boolean speaker = filter.speaker() != null && !filter.speaker().isBlank();
        boolean search = filter.text() != null && !filter.text().isBlank();
        Conditions where = new Conditions()
                .add(filter.status() != null, "status = :status", "status", filter.status())
                .add(filter.articleId() != null, "article.id = :article", "article", filter.articleId())
                .add(speaker, "lower(speaker) like :speaker escape '\\'", "speaker", speaker ? Text.likeContains(filter.speaker()) : null)
                // full-text search (migration V8): stemmed, ranked, "quoted phrases" kept together
                .add(search, "function('claim_matches', searchDocument, :text) = true", "text", search ? filter.text().strip() : null);
        EntityManager em = Claim.getEntityManager();
        List<Claim> items = search ? searched(em, where, request) : newest(where, (long) request.page() * request.size(), request.size());
        return new Page<>(items, request.page(), request.size(), RowCount.ofPage(em, Claim.class, where, request, items.size()));
    }

    /** One page of a search: the RANKED newest matches by rank, then the older ones newest first. */
    private static List<Claim> searched(EntityManager em, Conditions where, PageRequest request) {
        long first = (long) request.page() * request.size();
        List<Claim> page = new ArrayList<>();
        if (first < RANKED) {
            int max = (int) Math.min(request.size(), RANKED - first);
            page.addAll(ranked(em, where, (int) first, max));
            if (page.size() < max || page.size() == request.size()) return page;
        }
        // past the ranked matches; in creation order their first RANKED are exactly the ranked ones
        page.addAll(newest(where, Math.max(first, RANKED), request.size() - page.size()));
        return page;
    }

    private static List<Claim> ranked(EntityManager em, Conditions where, int first, int max) {
        String newest = "select id as id, searchDocument as document, createdAt as createdAt from Claim where "
                + where.hql() + " order by createdAt desc, id limit " + RANKED;
        TypedQuery<UUID> query = em.createQuery("select m.id from (" + newest + ") m"
                + " order by function('claim_rank', m.document, :text) desc, m.createdAt desc, m.id", UUID.class);
        for (Map.Entry<String, Object> p : where.params().map().entrySet()) query.setParameter(p.getKey(), p.getValue());
        List<UUID> ids = query.setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) return List.of();
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) position.put(ids.get(i), i);
        List<Claim> claims = new ArrayList<>(Claim.<Claim>list("id in ?1", ids));
        claims.sort(Comparator.comparing(c -> position.get(c.id)));
        return claims;
    }

    /** Claims matching the condition newest first, from the given position. */
    private static List<Claim> newest(Conditions where, long first, int max) {
        String order = "order by createdAt desc, id";
        return Claim.<Claim>find(where.hql().isEmpty() ? order : where.hql() + " " + order, where.params())
                .range((int) first, (int) (first + max - 1)).list();
    }

}
