package dev.vetted.web.live;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;

/**
 * Server-sent events for open desk pages: a {@code change} event whenever anything on the desk
 * changes (on any replica), and a {@code ping} now and then so proxies keep the stream open.
 */
@Path("/events")
@Authenticated
public class EventsResource {

    private final DeskChanges changes;

    public EventsResource(DeskChanges changes) {
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        Multi<OutboundSseEvent> changed = changes.stream()
                .map(notice -> sse.newEventBuilder().name("change").data(notice).build());
        Multi<OutboundSseEvent> pings = Multi.createFrom().ticks().every(Duration.ofSeconds(20))
                .map(tick -> sse.newEventBuilder().name("ping").data(String.valueOf(tick)).build());
        return Multi.createBy().merging().streams(changed, pings);
    }
}
