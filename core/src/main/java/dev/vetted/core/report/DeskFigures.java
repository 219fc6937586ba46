package dev.vetted.core.report;

import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.review.ReviewStep;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The desk's figures for the dashboard, each one aggregate query over the live tables. */
@ApplicationScoped
public class DeskFigures {

    /** Open tasks of a step and how many of them are overdue. */
    public record StepLoad(ReviewStep step, long open, long overdue) {
    }

    /** How long decided tasks of a step took, from opening to decision. */
    public record StepTime(ReviewStep step, long decided, Duration median, Duration mean) {
    }

    public record Figures(Map<ClaimStatus, Long> claimsByStatus, List<StepLoad> load,
                         Map<LocalDate, Long> publishedPerDay, List<StepTime> timePerStep) {
    }

    private final Clock clock;

    public DeskFigures(Clock clock) {
        this.clock = clock;
    }

    /** Figures now, with publications counted per UTC day over the last {@code days} days. */
    @Transactional
    public Figures now(int days) {
        return new Figures(claimsByStatus(), load(), publishedPerDay(days), timePerStep());
    }

    private Map<ClaimStatus, Long> claimsByStatus() {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) counts.put(s, 0L);
        for (Object[] row : rows("select status, count(*) from claim group by status")) {
            counts.put(ClaimStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private List<StepLoad> load() {
        Map<ReviewStep, long[]> byStep = new EnumMap<>(ReviewStep.class);
        for (ReviewStep s : ReviewStep.values()) byStep.put(s, new long[2]);
        for (Object[] row : rows("select step, count(*), count(*) filter (where overdue) from review_task"
                + " where state in ('OPEN', 'CLAIMED') group by step")) {
            byStep.put(ReviewStep.valueOf((String) row[0]),
                    new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<StepLoad> load = new ArrayList<>();
        byStep.forEach((step, n) -> load.add(new StepLoad(step, n[0], n[1])));
        return load;
    }

    private Map<LocalDate, Long> publishedPerDay(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) perDay.put(d, 0L);
        // the audit trail is the record of when each claim was published
        List<Object[]> found = Panache.getEntityManager().createNativeQuery(
                        "select (at at time zone 'UTC')::date, count(*) from audit_event"
                                + " where action = ?2 and at >= ?1 group by 1")
                .setParameter(1, Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .setParameter(2, AuditAction.CLAIM_PUBLISHED.code())
                .getResultList();
        for (Object[] row : found) {
            LocalDate day = row[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[0];
            perDay.computeIfPresent(day, (k, v) -> ((Number) row[1]).longValue());
        }
        return perDay;
    }

    private List<StepTime> timePerStep() {
        Map<ReviewStep, StepTime> byStep = new EnumMap<>(ReviewStep.class);
        for (ReviewStep s : ReviewStep.values()) byStep.put(s, new StepTime(s, 0, Duration.ZERO, Duration.ZERO));
        for (Object[] row : rows("select step, count(*),"
                + " percentile_cont(0.5) within group (order by extract(epoch from decided_at - created_at)),"
                + " avg(extract(epoch from decided_at - created_at))"
                + " from review_task where state = 'DECIDED' and decided_at is not null group by step")) {
            ReviewStep step = ReviewStep.valueOf((String) row[0]);
            byStep.put(step, new StepTime(step, ((Number) row[1]).longValue(), seconds(row[2]), seconds(row[3])));
        }
        return new ArrayList<>(byStep.values());
    }

    private static Duration seconds(Object value) {
        return value == null ? Duration.ZERO : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql).getResultList();
    }
}
