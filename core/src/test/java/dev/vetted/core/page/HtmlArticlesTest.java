package dev.vetted.core.page;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages written for these tests: each way a page carries its article and what surrounds it. */
class HtmlArticlesTest {

    static final String BODY = """
            <p>The city council voted on Monday to close the old harbour bridge for three months, starting in June, while engineers replace its cables.</p>
            <p>The repairs will cost about 14 million euros, according to the council, which said the work could not wait another winter.</p>
            <p>Ferries will run every 20 minutes during the closure, and the council expects most commuters to use them, its transport director said.</p>
            """;

    static PageArticle read(String html) {
        return HtmlArticles.read(html.getBytes(StandardCharsets.UTF_8), null, "https://news.example.org/a");
    }

    @Test
    void aNewsPageWithJsonLdGivesItsMetadataAndOnlyTheArticleText() {
        PageArticle a = read("""
                <html lang="en-GB"><head><title>Bridge to close | Harbour Times</title>
                <link rel="canonical" href="https://news.example.org/bridge-to-close">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"Harbour bridge to close for three months","datePublished":"2024-03-02T09:30:00+01:00",
                 "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}],
                 "publisher":{"@type":"Organization","name":"Harbour Times"}}</script></head>
                <body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
                <header><h1>Harbour bridge to close for three months</h1><p class="byline">By Ana Ruiz and Tom Berg</p></header>
                <article>""" + BODY + """
                <figure><img src="x.jpg"><figcaption>The bridge at dusk. Photo: Harbour Times</figcaption></figure>
                <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                </article>
                <aside class="related"><h3>Related</h3><ul><li><a href="/b">Tunnel plans shelved after years of debate</a></li></ul></aside>
                <footer><p>© 2024 Harbour Times. All rights reserved.</p></footer></body></html>
                """);
        assertThat(a.title()).isEqualTo("Harbour bridge to close for three months");
        assertThat(a.authors()).containsExactly("Ana Ruiz", "Tom Berg");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-02T08:30:00Z"));
        assertThat(a.outlet()).isEqualTo("Harbour Times");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.org/bridge-to-close");
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.text()).startsWith("The city council voted").contains("14 million euros")
                .doesNotContain("Share on", "Photo:", "Tunnel plans", "All rights reserved", "Home");
    }

    @Test
    void aPageWithOnlyOpenGraphAndMetaTags() {
        PageArticle a = read("""
                <html><head><meta property="og:title" content="Ferries to run during bridge works">
                <meta property="og:site_name" content="Coast Daily"><meta name="author" content="Lea Holm">
                <meta property="article:published_time" content="2024-03-03">
                <meta property="og:url" content="https://coast.example.org/ferries"></head>
                <body><div id="main"><div class="story">""" + BODY + """
                </div><div id="comments"><h3>3 comments</h3><p>Great news, finally someone is doing something about that old bridge!</p></div></div></body></html>
                """);
        assertThat(a.title()).isEqualTo("Ferries to run during bridge works");
        assertThat(a.outlet()).isEqualTo("Coast Daily");
        assertThat(a.authors()).containsExactly("Lea Holm");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-03T00:00:00Z"));
        assertThat(a.canonicalUrl()).isEqualTo("https://coast.example.org/ferries");
        assertThat(a.text()).contains("Ferries will run every 20 minutes").doesNotContain("Great news");
    }

    @Test
    void aBlogWithTimeAndLangAndNoOtherMetadata() {
        PageArticle a = read("""
                <html lang="de"><head><title>Die Brücke wird gesperrt</title></head><body>
                <div class="post"><h1>Die Brücke wird gesperrt</h1><time datetime="2024-03-04T12:00:00Z">4. März</time>
                <p>Der Stadtrat hat am Montag beschlossen, die alte Hafenbrücke ab Juni für drei Monate zu sperren, damit die Seile ersetzt werden können.</p>
                <p>Die Arbeiten kosten nach Angaben der Stadt rund 14 Millionen Euro, und Fähren sollen alle 20 Minuten fahren.</p>
                </div><div class="newsletter-signup"><p>Melden Sie sich für unseren Newsletter an, um keine Nachricht zu verpassen.</p></div></body></html>
                """);
        assertThat(a.title()).isEqualTo("Die Brücke wird gesperrt");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-04T12:00:00Z"));
        assertThat(a.text()).contains("Hafenbrücke", "14 Millionen Euro").doesNotContain("Newsletter");
    }

    @Test
    void anArticleSplitIntoBlocksOfOneKindBetweenAdvertsIsReadWhole() {
        // the CMS repeats its body block, each in a layout row of its own with an advert rail beside it
        PageArticle a = read("""
                <html><head><title>Bridge</title></head><body><main><article>
                <div class="row"><div class="story-body">
                <p>The city council voted on Monday to close the old harbour bridge for three months, starting in June.</p>
                <p>The repairs will cost about 14 million euros, according to the council, which said the work could not wait.</p>
                </div><div class="rail"><p>Advertisement</p></div></div>
                <div class="row"><div class="promo-row"><a href="/sub">Subscribe for one euro a week, cancel at any time you like</a></div></div>
                <div class="row"><div class="story-body">
                <p>Ferries will run every 20 minutes during the closure, and most commuters are expected to use them, the director said.</p>
                <p>Shop owners on the quay said they feared losing trade, and asked the council for help with their rents.</p>
                </div><div class="rail"><p>Advertisement</p></div></div>
                </article></main></body></html>""");
        assertThat(a.text()).contains("voted on Monday", "could not wait", "every 20 minutes", "help with their rents")
                .doesNotContain("Subscribe", "Advertisement");
        assertThat(a.text().indexOf("voted on Monday")).isLessThan(a.text().indexOf("every 20 minutes"));
    }

    @Test
    void theCharsetComesFromTheHeaderOrTheMetaTag() {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><article>"
                + "<p>Le caf\u00e9 du port a ferm\u00e9 ses portes lundi apr\u00e8s quarante ans, a annonc\u00e9 la mairie dans un communiqu\u00e9.</p>"
                + "</article></body></html>";
        byte[] latin1 = page.getBytes(Charset.forName("ISO-8859-1"));
        assertThat(HtmlArticles.read(latin1, null, null).text()).contains("café du port a fermé");
        byte[] withoutMeta = page.replace("<meta charset=\"iso-8859-1\">", "").getBytes(Charset.forName("ISO-8859-1"));
        assertThat(HtmlArticles.read(withoutMeta, "ISO-8859-1", null).text()).contains("café du port a fermé");
    }

    @Test
    void badPagesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> HtmlArticles.read(new byte[0], null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> read("<html><body><nav><a href='/'>Home</a></nav></body></html>"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no article text");
        assertThatThrownBy(() -> HtmlArticles.read("<p>x</p>".getBytes(StandardCharsets.UTF_8), "no-such-charset", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-charset");
        assertThatThrownBy(() -> HtmlArticles.read(new byte[HtmlArticles.MAX_BYTES + 1], null, null))
                .isInstanceOf(TooLargeException.class);
    }
}
