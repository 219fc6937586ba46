package dev.vetted.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.WebApplicationException;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Extraction is the one request that costs a core for seconds, so each person runs at most
 * {@link #PER_USER} at once; one more is a 429 with Retry-After, not a queue that a script can fill.
 */
@ApplicationScoped
public class ExtractionSlots {

    static final int PER_USER = 2;
    static final int RETRY_AFTER_SECONDS = 5;

    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    public <T> T run(String user, Supplier<T> work) {
        AtomicInteger count = running.computeIfAbsent(user, u -> new AtomicInteger());
        if (count.incrementAndGet() > PER_USER) {
            count.decrementAndGet();
            throw new WebApplicationException(Response.status(429).header("Retry-After", RETRY_AFTER_SECONDS).build());
        }
        try {
            return work.get();
        } finally {
            count.decrementAndGet();
        }
    }
}
