package dev.vetted.deploy.harness;

import dev.vetted.core.audit.AuditVerifier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold after a run however often processes died: every claim of the run published
 * exactly once with exactly three decisions and three decided tasks, nothing left in the outbox,
 * no task open or held, and the audit export verifying against the desk's key.
 */
final class RunVerdict {

    private RunVerdict() {
    }

    /** The problems found; empty when the run held. */
    static List<String> of(Connection db, String marker, int expected, DeskClient desk, Path work) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select id from claim where text like ?")) {
            s.setString(1, "%" + marker + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) claims.add(rs.getString(1));
            }
        }
        if (claims.size() < expected) problems.add("only " + claims.size() + " of " + expected + " claims were created");
        String check = "select (select status from claim where id = cast(? as uuid)),"
                + " (select count(*) from audit_event where claim_id = cast(? as uuid) and action = 'claim.published'),"
                + " (select count(*) from audit_event where claim_id = cast(? as uuid) and action in ('task.decided', 'claim.signed-off')),"
                + " (select count(*) from review_task where claim_id = cast(? as uuid)),"
                + " (select count(*) from review_task where claim_id = cast(? as uuid) and state = 'DECIDED')";
        try (PreparedStatement s = db.prepareStatement(check)) {
            for (String claim : claims) {
                for (int i = 1; i <= 5; i++) s.setString(i, claim);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    String where = "claim " + claim + ": ";
                    if (!"PUBLISHED".equals(rs.getString(1))) problems.add(where + "ended " + rs.getString(1));
                    if (rs.getLong(2) != 1) problems.add(where + rs.getLong(2) + " publications");
                    if (rs.getLong(3) != 3) problems.add(where + rs.getLong(3) + " decisions recorded");
                    if (rs.getLong(4) != 3) problems.add(where + rs.getLong(4) + " tasks opened");
                    if (rs.getLong(5) != 3) problems.add(where + rs.getLong(5) + " tasks decided");
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("select count(*) from outbox_message where sent_at is null");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != 0) problems.add(rs.getLong(1) + " outbox messages never sent");
        }
        try (PreparedStatement s = db.prepareStatement("select count(*) from review_task where state in ('OPEN', 'CLAIMED')");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != 0) problems.add(rs.getLong(1) + " tasks still open or held");
        }
        String key = desk.get("/api/audit/public-key", null).body().asText().strip();
        Path export = work.resolve("audit-export.jsonl");
        HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(desk.base() + "/api/audit/export"))
                .header("Authorization", "Bearer " + desk.token("adam")).build(), HttpResponse.BodyHandlers.ofFile(export));
        if (response.statusCode() != 200) {
            problems.add("the audit export answered " + response.statusCode());
        } else {
            AuditVerifier.Result result = AuditVerifier.verify(export, key, null);
            if (!result.valid()) problems.add("the audit export does not verify: " + result.message() + " at line " + result.line());
        }
        Files.deleteIfExists(export);
        return problems;
    }
}
