package dev.vetted.core.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Tells every app process that something on the desk changed, through PostgreSQL's NOTIFY.
 * The notice is sent in the caller's transaction, so listeners hear of a change only once it
 * is committed, and never of one that was rolled back; every replica connected to the same
 * database hears it, which is what lets a browser on one replica see work done on another.
 */
@ApplicationScoped
public class ChangeAnnouncer {

    /** The channel name, shared with the listeners. */
    public static final String CHANNEL = "vetted_changes";

    private final ObjectMapper json = new ObjectMapper();

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(String action, UUID claimId) {
        Panache.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, notice(action, claimId))
                .getSingleResult();
    }

    /** The payload: small and free of content, since any signed-in page may receive it. */
    String notice(String action, UUID claimId) {
        ObjectNode node = json.createObjectNode();
        node.put("action", action);
        if (claimId != null) node.put("claimId", claimId.toString());
        return node.toString();
    }
}
