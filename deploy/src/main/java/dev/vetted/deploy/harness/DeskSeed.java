package dev.vetted.deploy.harness;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Years of a newsroom's claims, written straight into a fresh database in one pass of SQL: most
 * claims published or dismissed with their decided tasks, about 4 % in review with open and
 * claimed tasks across the three steps, a tenth of those overdue, and each claim's audit events.
 * Going through the API instead would take hours for 100,000 claims (each one routed by the
 * engine); the rows are shaped as the services write them, and the services are what the load
 * then exercises.
 */
final class DeskSeed {

    private DeskSeed() {
    }

    static void fill(Connection db, int claims) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    insert into article (id, title, outlet, body, imported_by, imported_at)
                    select md5('a' || i)::uuid, 'Bench article ' || i, 'Bench Times', 'Body of bench article ' || i, 'alice',
                           now() - (i || ' hours')::interval
                    from generate_series(1, greatest(1, %1$d / 10)) i""".formatted(claims));
            s.execute("""
                    insert into claim (id, article_id, text, speaker, status, verdict, created_by, created_at, updated_at)
                    select md5('c' || i)::uuid, md5('a' || (1 + i %% greatest(1, %1$d / 10)))::uuid,
                           (array['Unemployment fell to ', 'Bus fares will rise by ', 'Crime rose by ', 'The deficit shrank by ',
                                  'Hospital waiting times grew by ', 'Rents went up by '])[1 + i %% 6]
                             || (i %% 17 + 1) || ' percent in ' || (array['Lisbon','Porto','Leeds','Lyon','Graz','Turin'])[1 + i %% 6]
                             || ' in ' || (2000 + i %% 26) || ', case ' || i || '.',
                           (array['the mayor','the transport director','the police chief','the finance minister','the health board',
                                  'a housing charity'])[1 + (i / 7) %% 6],
                           case when i %% 25 = 0 then (case when i %% 50 = 0 then 'AWAITING_SIGNOFF' else 'IN_REVIEW' end)
                                when i %% 3 = 0 then 'DISMISSED' else 'PUBLISHED' end,
                           case when i %% 25 <> 0 and i %% 3 <> 0 then 'TRUE' end,
                           'alice', now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
                    from generate_series(1, %1$d) i""".formatted(claims));
            // published claims: three decided tasks each; claims in review: one or two open or claimed tasks
            s.execute("""
                    insert into review_task (id, claim_id, step, state, candidate_role, assignee, due_at, overdue, decision,
                                             decided_by, decided_by_subject, decided_at, source_key, created_at)
                    select md5('t' || i || '-' || k)::uuid, md5('c' || i)::uuid, (array['ATTRIBUTION','CONFIRMATION','SIGNOFF'])[k],
                           'DECIDED', case when k = 3 then 'editor' else 'fact-checker' end,
                           case when k = 3 then 'erin' else 'bob' end, now() - (i || ' minutes')::interval, false,
                           (array['CORRECT','CONFIRMED','APPROVE'])[k], case when k = 3 then 'erin' else 'bob' end,
                           'seed-' || case when k = 3 then 'erin' else 'bob' end, now() - (i || ' minutes')::interval,
                           'seed-' || i || '-' || k, now() - (i || ' minutes')::interval
                    from generate_series(1, %1$d) i, generate_series(1, 3) k
                    where i %% 25 <> 0 and i %% 3 <> 0""".formatted(claims));
            s.execute("""
                    insert into review_task (id, claim_id, step, state, candidate_role, assignee, due_at, overdue,
                                             source_key, created_at)
                    select md5('t' || i || '-' || k)::uuid, md5('c' || i)::uuid,
                           case when i %% 50 = 0 then 'SIGNOFF' else (array['ATTRIBUTION','CONFIRMATION'])[k] end,
                           case when (i / 25) %% 4 = 0 then 'CLAIMED' else 'OPEN' end,
                           case when i %% 50 = 0 then 'editor' else 'fact-checker' end,
                           case when (i / 25) %% 4 = 0 then (case when i %% 50 = 0 then 'erin' else 'alice' end) end,
                           now() + (((i / 25) %% 72) - 8 || ' hours')::interval, (i / 25) %% 10 = 0,
                           'seed-' || i || '-' || k, now() - (i || ' minutes')::interval
                    from generate_series(1, %1$d) i, generate_series(1, 2) k
                    where i %% 25 = 0 and (i %% 50 <> 0 or k = 1)""".formatted(claims));
            s.execute("""
                    insert into audit_event (at, actor_subject, actor_name, action, claim_id, data)
                    select now() - (i || ' minutes')::interval, 'seed-bob', 'bob', a, md5('c' || i)::uuid, '{"seed":true}'
                    from generate_series(1, %1$d) i,
                         unnest(array['claim.added','claim.accepted','task.opened','task.decided','claim.signed-off']) a
                    order by i""".formatted(claims));
            s.execute("analyze");
        }
    }
}
