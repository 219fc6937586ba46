package dev.vetted.core.review;

/** Something a decision rests on: a link, quoted words, a note; and who brought it. */
public record Evidence(String kind, String url, String quote, String note, String by) {
}
