package dev.vetted.core.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of the article as a reader reads it. Page chrome goes first (scripts, navigation,
 * headers and footers, forms, figures and captions, and blocks whose class or id names share,
 * comment, related, newsletter, cookie, advert ...); then each paragraph of prose scores its
 * container by its length and commas, the best-scoring container wins, and its paragraphs (with
 * those of siblings that score nearly as well, and of blocks elsewhere built like it) are the body, in order.
 */
final class MainText {

    private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, form, button, input, "
            + "select, textarea, nav, footer, aside, figure, figcaption, picture, video, audio, header, dialog, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=complementary], [role=contentinfo], "
            + "[role=dialog], [role=alert]";
    private static final Pattern NEGATIVE = Pattern.compile("(?i)comment|share|sharing|social|related|recommend|newsletter|"
            + "subscri|cookie|consent|banner|promo|advert|(^|[-_ ])ads?([-_ ]|$)|sidebar|footer|(^|[-_ ])nav|menu|byline|"
            + "caption|credit|breadcrumb|tags|author-?bio|popup|modal|sign-?up|outbrain|taboola|trending|most-?read|"
            + "more-?stories|read-?more|paywall|toolbar|masthead|skip|disclaimer|print|widget|sponsor");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|prose");
    private static final int MIN_PARAGRAPH = 25;

    private MainText() {
    }

    static String of(Document original, String title) {
        Element body = original.body() == null ? null : original.body().clone();
        if (body == null) return "";
        removeChrome(body);
        List<String> paragraphs = new ArrayList<>();
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() >= 200) {
            collect(marked, paragraphs);
        } else {
            Map<Element, Double> scores = scores(body);
            Element top = best(scores);
            if (top == null) return "";
            Set<Element> chosen = chosenBlocks(body, scores, top);
            for (Element e : body.getAllElements()) {
                if (!chosen.contains(e)) continue;
                boolean inside = false;
                for (Element up = e.parent(); up != null && !inside; up = up.parent()) inside = chosen.contains(up);
                if (!inside) collect(e, paragraphs);
            }
        }
        if (title != null) paragraphs.removeIf(p -> p.equalsIgnoreCase(title));
        return String.join("\n\n", paragraphs);
    }

    /** Scripts, forms and navigation out, and blocks whose class or id names page furniture. */
    private static void removeChrome(Element body) {
        body.select(CHROME).remove();
        int whole = body.text().length();
        for (Element e : body.select("[class], [id]")) {
            String names = e.className() + " " + e.id();
            if (!NEGATIVE.matcher(names).find() || POSITIVE.matcher(names).find() || e.parent() == null) continue;
            // a wrapper that holds most of the page is the page, whatever its class says ("no_sidebar layout")
            if (e.text().length() * 3 < whole) e.remove();
        }
    }

    /**
     * The best block and, for an article split over several blocks (sections between adverts),
     * siblings that score nearly as well and blocks elsewhere built like the best one (same tag and
     * class: the CMS's "article body" repeated).
     */
    private static Set<Element> chosenBlocks(Element body, Map<Element, Double> scores, Element top) {
        double bar = Math.max(3, scores.get(top) * 0.2);
        Set<Element> chosen = new HashSet<>();
        if (top.parent() != null && top.parent() != body.parent()) {
            for (Element sibling : top.parent().children()) {
                if (sibling == top || scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling)) >= bar) chosen.add(sibling);
            }
        } else {
            chosen.add(top);
        }
        if (!top.className().isBlank()) {
            for (Element twin : body.getElementsByClass(top.classNames().iterator().next())) {
                if (twin != top && twin.tagName().equals(top.tagName()) && twin.className().equals(top.className())
                        && scores.getOrDefault(twin, 0.0) * (1 - linkDensity(twin)) >= bar) chosen.add(twin);
            }
        }
        return chosen;
    }

    private static Map<Element, Double> scores(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote, div, section, td, li")) {
            String own = p.tagName().equals("p") || p.tagName().equals("pre") ? p.text() : ownText(p);
            if (own.length() < MIN_PARAGRAPH || linkDensity(p) > 0.5) continue;
            double score = 1 + count(own, ',') + Math.min(own.length() / 100.0, 3);
            Element parent = p.tagName().equals("p") ? p.parent() : p;
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                scores.merge(parent, score / (level + 1), Double::sum);
            }
        }
        return scores;
    }

    private static Element best(Map<Element, Double> scores) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /** The readable blocks of a container, in order: paragraphs, subheads, list items, quotes, text set straight in a div. */
    private static void collect(Element e, List<String> out) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text().strip();
                if (s.length() >= MIN_PARAGRAPH * 2) out.add(s);
                continue;
            }
            if (!(child instanceof Element c)) continue;
            switch (c.tagName()) {
                case "p", "pre", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt" -> add(c, out);
                case "ul", "ol", "dl" -> {
                    if (linkDensity(c) < 0.5) collect(c, out);
                }
                case "table" -> {
                    if (linkDensity(c) < 0.3) collect(c, out);
                }
                default -> collect(c, out);
            }
        }
    }

    private static void add(Element c, List<String> out) {
        String s = c.text().strip();
        if (s.isEmpty()) return;
        boolean heading = c.tagName().startsWith("h");
        if (linkDensity(c) > 0.5 && s.length() < 200) return;
        if (!heading && !c.tagName().equals("li") && s.length() < 15 && !s.matches(".*[.!?”\"]$")) return;
        out.add(s);
    }

    private static String ownText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) if (n instanceof TextNode t) b.append(t.text());
        return b.toString().strip();
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1, (double) links / all);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
