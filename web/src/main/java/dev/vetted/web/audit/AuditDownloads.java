package dev.vetted.web.audit;

import dev.vetted.core.audit.AuditTrail;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.web.request.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Audit exports as downloads, streamed straight from the database; the API (bearer tokens)
 * and the admins' audit page (the browser session) both hand them out through here.
 */
@ApplicationScoped
public class AuditDownloads {

    private final AuditTrail trail;

    public AuditDownloads(AuditTrail trail) {
        this.trail = trail;
    }

    /** The whole trail, or the events of a time range with inclusion proofs, as JSON Lines or CSV. */
    public Response trail(String format, String from, String to, Actor who) {
        String f = format == null || format.isBlank() ? "jsonl" : format.strip().toLowerCase(Locale.ROOT);
        Instant start = RequestValues.instant("from", from);
        Instant end = RequestValues.instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadRequestException("The time range is upside down: from (" + from
                    + ") must be before to (" + to + ").");
        }
        return switch (f) {
            case "jsonl", "ndjson", "json" -> {
                StreamingOutput body = start == null && end == null
                        ? out -> trail.exportAll(out, who)
                        : out -> trail.exportRange(start, end, out, who);
                yield Response.ok(body, "application/x-ndjson")
                        .header("Content-Disposition", "attachment; filename=\"vetted-audit.jsonl\"").build();
            }
            case "csv" -> Response.ok((StreamingOutput) out -> trail.exportCsv(out, who), "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"vetted-audit.csv\"").build();
            default -> throw new InvalidInputException("format", "'" + dev.vetted.core.common.Text.shown(format) + "' is not jsonl or csv");
        };
    }

    /** One claim's events, each with an inclusion proof, and the signed checkpoint. */
    public Response claim(UUID claimId, Actor who) {
        return Response.ok((StreamingOutput) out -> trail.exportClaim(claimId, out, who), "application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"vetted-claim-" + claimId + ".jsonl\"").build();
    }
}
