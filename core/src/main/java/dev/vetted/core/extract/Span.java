package dev.vetted.core.extract;

/** A stretch of the article text: [start, end) in UTF-16 offsets, as Java strings count them. */
record Span(int start, int end) {

    String of(String text) {
        return text.substring(start, end);
    }

    int length() {
        return end - start;
    }
}
