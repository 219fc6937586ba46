package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article's own text in pasted text: headlines and paragraphs of prose, with lines that
 * a narrow column hard-wrapped joined again, and without the site's furniture (bylines, captions,
 * time stamps, labels, repeated headlines, what follows the article). Offsets always refer to the
 * text as given.
 */
final class ArticleBody {

    /** Longer lines without end punctuation are run-on text or menus, not headlines. */
    private static final int MAX_HEADLINE_WORDS = 25;

    private ArticleBody() {
    }

    /** The paragraphs of prose only (headlines left out), in order. */
    static List<Span> paragraphs(String text) {
        List<Span> spans = new ArrayList<>();
        for (Block b : blocks(text)) if (!b.headline()) spans.add(b.span());
        return spans;
    }

    /** Headlines and paragraphs, in order. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean seenProse = false;
        for (Span line : logicalLines(text)) {
            String content = line.of(text).strip();
            if (content.isEmpty()) continue;
            if (seenProse && PageFurniture.startsFooter(content)) break;
            String key = content.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!seen.add(key)) continue; // repeated headlines and captions say nothing new
            if (PageFurniture.isFurniture(content)) continue;
            if (isProse(content)) {
                seenProse = true;
                blocks.add(new Block(trim(text, line), Block.Kind.PARAGRAPH));
            } else if (isHeadline(content)) {
                blocks.add(new Block(headlineSpan(text, trim(text, line)), Block.Kind.HEADLINE));
            }
        }
        return blocks;
    }

    /** Prose ends its lines with sentence punctuation; headlines, labels and bylines do not. */
    static boolean isProse(String line) {
        String s = line.strip();
        int words = PageFurniture.words(s);
        char last = s.charAt(s.length() - 1);
        boolean ends = ".!?\"”’'…:)".indexOf(last) >= 0;
        if (!ends) return false;
        if (last == ':' ) return words >= 4;
        // a closing quote or bracket ends prose only after sentence punctuation, or for a sentence long enough
        if ("\"”’')".indexOf(last) >= 0 && s.length() > 1 && ".!?,…".indexOf(s.charAt(s.length() - 2)) < 0) return words >= 8;
        return words >= 3;
    }

    /** A headline: a line of a few words with letters in lower case too (not a menu in capitals). */
    static boolean isHeadline(String line) {
        int words = PageFurniture.words(line);
        if (words < 4 || words > MAX_HEADLINE_WORDS) return false;
        return line.chars().anyMatch(Character::isLowerCase);
    }

    /** "Title | Site name" and "Title - Site": the site's name is no part of the headline. */
    private static Span headlineSpan(String text, Span span) {
        String s = span.of(text);
        int bar = s.indexOf(" | ");
        if (bar > 0) return trim(text, new Span(span.start(), span.start() + bar));
        return span;
    }

    /**
     * Lines as a reader sees them: a line that a narrow column broke mid-sentence is joined to the
     * next. A line is broken when it does not end a sentence and either the next line goes on in
     * lower case, or it ends in lower case or a comma, or the block it stands in is wrapped
     * throughout (most of its lines are long and do not end a sentence).
     */
    static List<Span> logicalLines(String text) {
        List<Span> raw = lines(text);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            int groupEnd = i;
            while (groupEnd < raw.size() && !raw.get(groupEnd).of(text).isBlank()) groupEnd++;
            if (groupEnd == i) {
                out.add(raw.get(i));
                i++;
                continue;
            }
            boolean wrapped = isWrapped(text, raw.subList(i, groupEnd));
            Span current = raw.get(i);
            for (int k = i + 1; k < groupEnd; k++) {
                Span next = raw.get(k);
                if (continues(current.of(text).strip(), next.of(text).strip(), wrapped)) {
                    current = new Span(current.start(), next.end());
                } else {
                    out.add(current);
                    current = next;
                }
            }
            out.add(current);
            i = groupEnd;
        }
        return out;
    }

    private static boolean isWrapped(String text, List<Span> group) {
        if (group.size() < 3) return false;
        int broken = 0;
        for (Span line : group) {
            String s = line.of(text).strip();
            if (s.length() >= 40 && !endsSentence(s)) broken++;
        }
        return broken * 2 >= group.size();
    }

    private static boolean continues(String line, String next, boolean wrapped) {
        if (line.isEmpty() || next.isEmpty() || endsSentence(line)) return false;
        if (PageFurniture.isFurniture(line) || PageFurniture.isFurniture(next)) return false;
        if (line.startsWith("-") || line.startsWith("•") || next.startsWith("-") || next.startsWith("•")) return false;
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) return true;
        if (wrapped) return true;
        char last = line.charAt(line.length() - 1);
        int words = PageFurniture.words(line);
        return words >= 6 && (Character.isLowerCase(last) || last == ',' || last == ';' || ",”".equals(line.substring(Math.max(0, line.length() - 2))));
    }

    /** Ends with . ! ? or : (a quotation follows), possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String s) {
        int e = s.length();
        while (e > 0 && "\"”’')]".indexOf(s.charAt(e - 1)) >= 0) e--;
        if (e == 0) return false;
        return ".!?…:".indexOf(s.charAt(e - 1)) >= 0;
    }

    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(new Span(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
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
