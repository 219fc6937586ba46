package dev.vetted.core.statement;

import java.time.Instant;

public record NewStatement(String body, String speaker, String url, Instant publishedAt, String text) {
}
