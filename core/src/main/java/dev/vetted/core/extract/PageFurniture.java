package dev.vetted.core.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a site prints around an article that is no part of its content: bylines, photo captions
 * and credits, time stamps, section labels, share prompts, "RELATED:" lines, and the lists after
 * the article. Pasted pages and saved copies carry all of it.
 */
final class PageFurniture {

    /** Lines that start the site's furniture after an article; nothing after them is the article's. */
    private static final Pattern FOOTER = Pattern.compile(
            "(articles you may like|you may also like|you might also like|related( articles| stories| posts| coverage| news)?:?|"
                    + "recommended( for you| stories| reading)?|more from .*|more stories|more news|read more:?|read next|"
                    + "trending( now)?|leave a (reply|comment)|\\d* ?comments?:?|no comments:?.*|post a comment|"
                    + "share this( article| story)?:?|share on .*|sign up for .*|subscribe( to .*)?|follow us.*|newsletter|"
                    + "advertisement|sponsored( content)?|popular( posts| stories)?|most read|most popular|tags?:.*|"
                    + "filed under:?.*|about the author|copyright .*|© .*|\\(c\\) .*|all rights reserved.*|"
                    + "your email address will not be published.*|newer post|older post|"
                    + "(previous|next) (article|post|story).*|see also:?|also read:?.*|watch:.*)");

    /** Weaker markers: a line of furniture, but what follows may still be article (a tag page lists several). */
    private static final Pattern LISTING = Pattern.compile(
            "(published in .*|(tag|category|topic|label)s?( archives?)?:.*|archives?:.*|displaying items.*|showing posts.*"
                    + "|show all posts|send to a friend|print this( article| page)?|email this.*|follow .{1,40} on .{1,30}"
                    + "|only most interesting.*|click to (share|print|email).*|posted at|and last updated)");

    /** Short lines of furniture: bylines, labels, prompts (never applied to a long line, which is prose). */
    private static final Pattern SHORT_LINE = Pattern.compile(
            "(by|posted by|written by|words by|story by|reporting by|edited by|photos? by)\\s+\\p{Lu}.{0,80}"
                    + "|.*(staff (writer|reporter)|correspondent|contributor|senior (writer|editor)|news editor|reporter)(,.*)?"
                    + "|(posted|published|updated|last updated)( on| at)?:?.{0,60}|posted at"
                    + "|(photo|image|picture|caption|credit|source|video|watch|listen|graphic)s?\\s*:.*"
                    + "|related\\s*:.*|read (more|also)\\s*:.*|click here.*|tap here.*|skip to .*"
                    + "|.*(cookies|cookie policy|privacy policy|terms of (use|service)).*");

    /** Photo captions end with their credit, whatever their length. */
    private static final Pattern CREDIT = Pattern.compile(
            ".*\\((ap|afp|reuters|getty|epa|ap photo|afp photo|reuters photo|file photo|photo|pic|picture)[^)]{0,60}\\)\\s*"
                    + "|.*(getty images|shutterstock|/ap|/afp|/reuters|ap photo|afp photo)\\)?\\s*"
                    + "|.*\\bcredit:.{0,60}");

    /** Time stamps and dates standing alone ("2018-03-23 15:12", "June 4, 2018", "Mon June 04, 2018"). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "[\\p{L}\\s,.|–—-]{0,20}\\d{1,4}[\\s/.:,-]+(\\p{L}+|\\d{1,2})[\\s/.:,-]+\\d{2,4}.{0,40}"
                    + "|(\\p{L}+,?\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2},?\\s+\\d{4}.{0,30}"
                    + "|\\d+\\s*min(ute)?s?( read)?|\\d{1,2}:\\d{2}\\s*(am|pm)?.*");

    private PageFurniture() {
    }

    static boolean startsFooter(String line) {
        return FOOTER.matcher(line.strip().toLowerCase(Locale.ROOT)).matches();
    }

    static boolean isFurniture(String line) {
        String s = line.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        int words = words(s);
        if (CREDIT.matcher(lower).matches()) return true;
        if (words <= 14 && LISTING.matcher(lower).matches()) return true;
        if (words <= 14 && SHORT_LINE.matcher(lower).matches()) return true;
        if (s.length() < 60 && DATE_LINE.matcher(lower).matches() && !lower.matches(".*\\b(said|says|is|are|was|were|has|have)\\b.*")) {
            return true;
        }
        // bullets of page chrome ("• Counter :", "• 750")
        return lower.matches("[•·*\\-–]?\\s*[\\p{L}\\d ]{0,20}:?\\s*") && words <= 3;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }
}
