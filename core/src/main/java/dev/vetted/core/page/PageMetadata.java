package dev.vetted.core.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a page says about its article, from the most explicit source down: schema.org JSON-LD
 * ({@code NewsArticle}, {@code Article} and kin), then OpenGraph and Twitter cards, then
 * {@code <meta name=author>}, {@code <time datetime>}, {@code <link rel=canonical>} and
 * {@code <html lang>}, then the {@code <title>}.
 */
record PageMetadata(String title, List<String> authors, Instant publishedAt, String outlet, String language,
                    String canonicalUrl) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle",
            "socialmediaposting", "backgroundnewsarticle", "reviewnewsarticle", "webpage");

    static PageMetadata of(Document doc) {
        JsonNode ld = articleJsonLd(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        List<String> authors = authors(ld);
        if (authors.isEmpty()) {
            for (String name : java.util.Arrays.asList(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"))) {
                if (name != null && !name.startsWith("http")) authors.add(name);
            }
        }
        Instant published = first(date(text(ld, "datePublished")), date(meta(doc, "article:published_time")),
                date(meta(doc, "og:published_time")), date(meta(doc, "pubdate")), date(meta(doc, "date")),
                date(attr(doc.selectFirst("time[datetime]"), "datetime")));
        String outlet = first(ld == null ? null : text(ld.path("publisher"), "name"), meta(doc, "og:site_name"),
                meta(doc, "application-name"));
        String language = first(text(ld, "inLanguage"), attr(doc.selectFirst("html[lang]"), "lang"), meta(doc, "og:locale"));
        if (language != null) language = language.replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
        String canonical = first(absolute(doc.selectFirst("link[rel=canonical]")), meta(doc, "og:url"),
                ld == null ? null : text(ld, "url"));
        return new PageMetadata(clean(title), dedupe(authors), published, clean(outlet), language, canonical);
    }

    /** The first JSON-LD object (or @graph member) of an article type. */
    private static JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) return found;
            } catch (Exception e) {
                // a broken JSON-LD block is common on real pages; the other sources still speak
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) return f;
            }
            return null;
        }
        if (node.has("@graph")) return findArticle(node.get("@graph"));
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : JSON.createArrayNode().add(type)) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)) && (node.has("headline") || node.has("articleBody"))) {
                    return node;
                }
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode ld) {
        List<String> names = new ArrayList<>();
        if (ld == null) return names;
        JsonNode author = ld.get("author");
        if (author == null) return names;
        for (JsonNode a : author.isArray() ? author : JSON.createArrayNode().add(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
            if (name != null && !name.isBlank()) names.add(name.strip());
        }
        return names;
    }

    private static List<String> dedupe(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            String c = clean(n);
            if (c != null) seen.add(c);
        }
        return new ArrayList<>(seen);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() ? null : blankToNull(v.asText());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String absolute(Element link) {
        return link == null ? null : blankToNull(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
    }

    /** ISO dates and date-times as pages write them; anything else is no date. */
    static Instant date(String s) {
        if (s == null) return null;
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return OffsetDateTime.parse(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return java.time.LocalDateTime.parse(v.length() > 19 ? v.substring(0, 19) : v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : blankToNull(s.replaceAll("\\s+", " ").strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
