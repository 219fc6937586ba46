package dev.vetted.deploy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Web pages written for the page benchmark, one per kind the extractor meets (a news page with
 * JSON-LD, one with OpenGraph only, a blog, a page with comments, a page in another language, a
 * paywall teaser, a live blog), each wrapped in the chrome a real site sends: a menu of a hundred
 * links, inline scripts and styles, share and newsletter blocks, related lists and a footer,
 * 40 to 100 KB a page. Real pages are often larger: give the benchmark saved pages of your own as well.
 */
final class BenchPages {

    private BenchPages() {
    }

    static List<byte[]> all() {
        List<byte[]> pages = new ArrayList<>();
        pages.add(page("en", jsonLd("NewsArticle", "Council votes to close the harbour bridge"), article(12, "The council"), ""));
        pages.add(page("en", openGraph("Rail fares to rise by 4 percent in March"), article(9, "The operator"), ""));
        pages.add(page("en", "<title>Notes from the allotment | A gardener's blog</title>", article(7, "The author"), ""));
        pages.add(page("en", jsonLd("NewsArticle", "Hospital waiting lists fall for a third month"), article(10, "The minister"), comments(40)));
        pages.add(page("de", jsonLd("NewsArticle", "Stadtrat beschliesst neue Buslinie"), german(10), ""));
        pages.add(page("en", jsonLd("NewsArticle", "What the budget means for renters"), article(2, "The chancellor")
                + "<div class=\"paywall\"><p>Subscribe to read the rest of this article.</p><a href=\"/subscribe\">Subscribe</a></div>", ""));
        pages.add(page("en", jsonLd("LiveBlogPosting", "Election night: live results"), liveBlog(30), ""));
        return pages;
    }

    private static byte[] page(String lang, String head, String body, String after) {
        StringBuilder b = new StringBuilder(130_000);
        b.append("<!doctype html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">").append(head)
                .append("<style>").append(".a{color:#111;margin:0 auto;padding:4px}\n".repeat(400)).append("</style>")
                .append("<script>window.dataLayer=window.dataLayer||[];").append("dataLayer.push({event:'view',section:'news',id:12345});\n".repeat(600))
                .append("</script></head><body><div class=\"cookie-banner\"><p>We use cookies to improve your experience.</p><button>Accept</button></div>")
                .append("<header><nav class=\"main-menu\"><ul>");
        for (int i = 0; i < 100; i++) b.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        b.append("</ul></nav></header><main><div class=\"share\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share on X</a></div>")
                .append(body)
                .append("<aside class=\"newsletter\"><p>Get the morning briefing in your inbox.</p><form><input type=email><button>Sign up</button></form></aside>")
                .append("<section class=\"related\"><h2>More stories</h2><ul>");
        for (int i = 0; i < 30; i++) {
            b.append("<li><a href=\"/story/").append(i).append("\"><img src=\"/i/").append(i).append(".jpg\" alt=\"\">Another story, number ")
                    .append(i).append(", about something else entirely</a></li>");
        }
        b.append("</ul></section>").append(after).append("</main><footer><ul>");
        for (int i = 0; i < 40; i++) b.append("<li><a href=\"/about/").append(i).append("\">About us ").append(i).append("</a></li>");
        b.append("</ul><p>Copyright 2026 The Example Post. All rights reserved.</p></footer>")
                .append("<script src=\"/app.js\"></script><script>").append("track('scroll',{depth:25});\n".repeat(300))
                .append("</script></body></html>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonLd(String type, String headline) {
        return "<title>" + headline + " | The Example Post</title><link rel=\"canonical\" href=\"https://post.example.org/story\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + type + "\",\"headline\":\""
                + headline + "\",\"datePublished\":\"2026-03-02T09:30:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Sam Reyes\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Example Post\"}}</script>";
    }

    private static String openGraph(String headline) {
        return "<title>" + headline + "</title><meta property=\"og:title\" content=\"" + headline + "\">"
                + "<meta property=\"og:site_name\" content=\"The Example Post\"><meta property=\"article:published_time\" content=\"2026-03-02\">";
    }

    private static String article(int paragraphs, String who) {
        StringBuilder b = new StringBuilder("<article><h1>The story</h1><p class=\"byline\">By Sam Reyes</p>");
        for (int i = 0; i < paragraphs; i++) {
            b.append("<p>").append(who).append(" said on Monday that spending on the programme would rise by ").append(3 + i)
                    .append(" percent next year, to about ").append(40 + i).append(" million euros, and that the first works would start in June. ")
                    .append("Critics said the figure left out the cost of maintenance, which the audit office put at ").append(2 + i)
                    .append(" million a year.</p>");
            if (i == 3) b.append("<figure><img src=\"/p.jpg\"><figcaption>The site in May. Photo: Example Post</figcaption></figure>");
        }
        return b.append("</article>").toString();
    }

    private static String german(int paragraphs) {
        StringBuilder b = new StringBuilder("<article><h1>Neue Buslinie</h1>");
        for (int i = 0; i < paragraphs; i++) {
            b.append("<p>Der Stadtrat hat am Montag beschlossen, dass die neue Buslinie ab Juni alle ").append(10 + i)
                    .append(" Minuten fahren soll, sagte die Bürgermeisterin. Die Kosten lägen bei etwa ").append(2 + i).append(" Millionen Euro im Jahr.</p>");
        }
        return b.append("</article>").toString();
    }

    private static String comments(int n) {
        StringBuilder b = new StringBuilder("<section id=\"comments\" class=\"comments\"><h2>Comments</h2>");
        for (int i = 0; i < n; i++) b.append("<div class=\"comment\"><p class=\"author\">reader").append(i)
                .append("</p><p>I do not believe a word of this, the figures never add up.</p></div>");
        return b.append("</section>").toString();
    }

    private static String liveBlog(int posts) {
        StringBuilder b = new StringBuilder("<article class=\"live-blog\"><h1>Election night</h1>");
        for (int i = 0; i < posts; i++) {
            b.append("<div class=\"post\"><time datetime=\"2026-05-04T22:").append(String.format("%02d", i)).append(":00Z\">22:")
                    .append(String.format("%02d", i)).append("</time><p>Turnout in district ").append(i)
                    .append(" stood at ").append(50 + i % 20).append(" percent, the returning officer said.</p></div>");
        }
        return b.append("</article>").toString();
    }
}
