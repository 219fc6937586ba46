package dev.vetted.web.api;

import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At most two extractions at once per person; a third is a 429 with Retry-After; others are not held up. */
class ExtractionSlotsTest {

    @Test
    void aThirdExtractionAtOnceIsRefusedUntilOneEnds() throws Exception {
        ExtractionSlots slots = new ExtractionSlots();
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        Runnable hold = () -> slots.run("alice", () -> {
            running.countDown();
            try {
                return finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // threads of their own: the common pool may have a single thread on a small machine
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(hold, threads);
        CompletableFuture<Void> second = CompletableFuture.runAsync(hold, threads);
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> slots.run("alice", () -> "third")).isInstanceOfSatisfying(WebApplicationException.class, e -> {
            assertThat(e.getResponse().getStatus()).isEqualTo(429);
            assertThat(e.getResponse().getHeaderString("Retry-After")).isEqualTo("5");
        });
        assertThat(slots.run("bob", () -> "bob's own")).isEqualTo("bob's own");

        finish.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(slots.run("alice", () -> "after")).isEqualTo("after");
    }

    @Test
    void aFailedExtractionGivesItsSlotBack() {
        ExtractionSlots slots = new ExtractionSlots();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> slots.run("alice", () -> {
                throw new IllegalArgumentException("bad text");
            })).hasMessage("bad text");
        }
        assertThat(slots.run("alice", () -> "still free")).isEqualTo("still free");
    }
}
