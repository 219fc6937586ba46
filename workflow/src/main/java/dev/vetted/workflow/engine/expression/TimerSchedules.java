package dev.vetted.workflow.engine.expression;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.TimerDefinition;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a timer definition into when it falls due and how often it repeats. Cycles are ISO-8601
 * repeating intervals; cron cycles, which Camunda 8 also takes, are refused at deployment.
 */
public final class TimerSchedules {

    /** When a timer is due, how many more times it fires after that (-1: without end), and how far apart. */
    public record Schedule(long dueAt, int repetitionsAfter, long intervalMillis) {

        /** The next occurrence after this one, or null when the cycle is over. */
        public Schedule next() {
            if (repetitionsAfter == 0) return null;
            return new Schedule(dueAt + intervalMillis, repetitionsAfter < 0 ? -1 : repetitionsAfter - 1, intervalMillis);
        }
    }

    private static final Pattern CYCLE = Pattern.compile("R(\\d*)/(?:([^/]+)/)?(P[^/]+)");

    private final Expressions expressions;

    TimerSchedules(Expressions expressions) {
        this.expressions = expressions;
    }

    /** Refuses, at deployment, a literal timer that does not parse, or a FEEL one that does not. */
    public void check(TimerDefinition timer, String what) {
        if (Expressions.isFeel(timer.expression())) {
            expressions.check(timer.expression(), what);
            return;
        }
        try {
            schedule(timer.kind(), timer.expression(), 0);
        } catch (Expressions.Failure e) {
            throw EngineException.invalid("the " + what + " is not valid: " + e.getMessage());
        }
    }

    /** Evaluates the timer over the variables: its first occurrence from {@code now}. */
    public Schedule evaluate(TimerDefinition timer, Map<String, Object> variables, long now) {
        Object value = expressions.evaluate(timer.expression(), variables);
        if (timer.kind() == TimerDefinition.Kind.DURATION && value instanceof Duration d) return new Schedule(now + d.toMillis(), 0, 0);
        if (timer.kind() == TimerDefinition.Kind.DATE && value instanceof ZonedDateTime z) return new Schedule(z.toInstant().toEpochMilli(), 0, 0);
        if (!(value instanceof String text)) {
            throw new Expressions.Failure("expected the timer '" + timer.expression() + "' to be a "
                    + timer.kind().name().toLowerCase() + ", but it was " + value);
        }
        return schedule(timer.kind(), text.strip(), now);
    }

    private static Schedule schedule(TimerDefinition.Kind kind, String text, long now) {
        return switch (kind) {
            case DURATION -> new Schedule(now + duration(text).toMillis(), 0, 0);
            case DATE -> new Schedule(date(text), 0, 0);
            case CYCLE -> cycle(text, now);
        };
    }

    private static Schedule cycle(String text, long now) {
        Matcher m = CYCLE.matcher(text);
        if (!m.matches()) {
            throw new Expressions.Failure("'" + text + "' is not an ISO-8601 repeating interval such as R3/PT24H"
                    + " (cron cycles are not supported)");
        }
        long interval = duration(m.group(3)).toMillis();
        if (interval <= 0) throw new Expressions.Failure("the interval of the cycle '" + text + "' must be positive");
        int repetitions = m.group(1).isEmpty() ? -1 : Integer.parseInt(m.group(1));
        if (repetitions == 0) throw new Expressions.Failure("the cycle '" + text + "' repeats zero times");
        long first = m.group(2) == null ? now + interval : date(m.group(2));
        return new Schedule(first, repetitions < 0 ? -1 : repetitions - 1, interval);
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new Expressions.Failure("'" + text + "' is not an ISO-8601 duration such as PT24H");
        }
    }

    private static long date(String text) {
        try {
            return ZonedDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new Expressions.Failure("'" + text + "' is not an ISO-8601 date-time with an offset, such as 2026-12-24T09:00:00Z");
        }
    }
}
