package dev.vetted.core.extract;

/** A piece of the article's own text: a headline or a paragraph of prose, as a span of the text. */
record Block(Span span, Kind kind) {

    enum Kind { HEADLINE, PARAGRAPH }

    boolean headline() {
        return kind == Kind.HEADLINE;
    }
}
