package dev.vetted.workflow.engine.model;

/**
 * When a timer event fires, as modelled: after a duration (ISO-8601, {@code PT24H}), at a date
 * ({@code 2026-12-24T09:00:00Z}), or on a cycle ({@code R3/PT24H}, {@code R/PT1H}, or with a
 * start date, {@code R5/2026-12-24T09:00:00Z/P1D}). The expression may be FEEL.
 */
public record TimerDefinition(Kind kind, String expression) {

    public enum Kind { DURATION, DATE, CYCLE }
}
