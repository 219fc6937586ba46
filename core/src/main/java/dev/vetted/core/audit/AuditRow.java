package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * An event as read from the table, its time already in the canonical ISO-8601 form and its
 * claim id as text: every path that hashes events reads them the same way.
 */
record AuditRow(long seq, String at, String subject, String username, String action, String claimId, String data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    AuditRow(long seq, Instant at, String subject, String username, String action, UUID claimId, String data) {
        this(seq, DateTimeFormatter.ISO_INSTANT.format(at), subject, username, action,
                claimId == null ? null : claimId.toString(), data);
    }

    Instant instant() {
        return Instant.parse(at);
    }

    /** The event as the export writes it and the leaf hash covers it (before leafHash and proof are added). */
    ObjectNode event() {
        ObjectNode event = JSON.createObjectNode();
        event.put("seq", seq);
        event.put("at", at());
        ObjectNode actor = event.putObject("actor");
        actor.put("subject", subject());
        actor.put("username", username());
        event.put("action", action());
        if (claimId() == null) event.putNull("claimId");
        else event.put("claimId", claimId());
        try {
            event.set("data", JSON.readTree(data()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return event;
    }

    /** The canonical form of an event held as a row (RFC 8785 member order: action, actor, at, claimId, data, seq). */
    String canonical() {
        byte[] canonical = new CanonicalBytes().event(seq(), at(), utf8(subject()), utf8(username()),
                utf8(action()), utf8(claimId()), utf8(data()));
        return canonical != null ? new String(canonical, StandardCharsets.UTF_8) : CanonicalJson.of(event());
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
