package dev.vetted.core.claim;

import dev.vetted.core.outbox.DomainEvent;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A fact-checker accepted the claim for checking: its routing starts, with the desk's time limits for each step. */
public record ClaimAccepted(UUID claimId, Duration attributionSla, Duration confirmationSla, Duration signoffSla)
        implements DomainEvent {

    public static final String NAME = "claim.accepted";
    /** The event's facts, in the desk's words; how the process names them is workflow's business. */
    public static final String ATTRIBUTION_TIME = "attributionTimeLimit";
    public static final String CONFIRMATION_TIME = "confirmationTimeLimit";
    public static final String SIGNOFF_TIME = "signoffTimeLimit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String key() {
        return claimId.toString();
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claimId", claimId.toString());
        data.put(ATTRIBUTION_TIME, attributionSla.toString());
        data.put(CONFIRMATION_TIME, confirmationSla.toString());
        data.put(SIGNOFF_TIME, signoffSla.toString());
        return data;
    }
}
