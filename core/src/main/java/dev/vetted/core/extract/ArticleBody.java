package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the article's own prose in pasted text: drops what the site puts after the article
 * (related links, comment forms, share buttons) and lines that are headlines, section labels or
 * bylines rather than sentences. Offsets always refer to the text as given.
 */
final class ArticleBody {

    /** Lines that start the site's furniture after an article; nothing after them is the article's. */
    private static final Pattern FOOTER = Pattern.compile(
            "^(articles you may like|you may also like|you might also like|related( articles| stories| posts| coverage)?|"
                    + "recommended( for you| stories)?|more from .*|more stories|read more|read next|trending( now)?|"
                    + "leave a (reply|comment)|\\d* ?comments?|post a comment|share this( article| story)?:?|share on .*|"
                    + "sign up for .*|subscribe( to .*)?|follow us.*|newsletter|advertisement|sponsored( content)?|"
                    + "popular( posts| stories)?|most read|tags?:.*|filed under:?.*|about the author|"
                    + "copyright .*|© .*|all rights reserved.*|your email address will not be published.*)$",
            Pattern.CASE_INSENSITIVE);

    private ArticleBody() {
    }

    /** The paragraphs of prose, in order, as spans of the text. */
    static List<Span> paragraphs(String text) {
        List<Span> lines = lines(text);
        List<Span> paragraphs = new ArrayList<>();
        boolean seenProse = false;
        for (Span line : lines) {
            String content = line.of(text).strip();
            if (content.isEmpty()) continue;
            if (seenProse && FOOTER.matcher(content.toLowerCase(Locale.ROOT)).matches()) break;
            if (!isProse(content)) continue;
            seenProse = true;
            paragraphs.add(trim(text, line));
        }
        return paragraphs;
    }

    /** Prose ends its lines with sentence punctuation; headlines, labels and bylines do not. */
    static boolean isProse(String line) {
        String s = line.strip();
        int words = s.split("\\s+").length;
        char last = s.charAt(s.length() - 1);
        boolean ends = ".!?\"”’'…:)".indexOf(last) >= 0;
        if (!ends) return false;
        return words >= 4 || last != ':';
    }

    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(new Span(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(new Span(start, text.length()));
        return lines;
    }

    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Span(s, e);
    }
}
