package dev.vetted.deploy;

import dev.vetted.core.page.HtmlArticles;
import dev.vetted.core.page.PageArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page benchmark measures real work: each of its pages reads to its article, without the chrome around it. */
class BenchPagesTest {

    @Test
    void everyBenchmarkPageReadsToItsArticleAlone() {
        var pages = BenchPages.all();
        assertThat(pages).hasSize(7);
        for (byte[] page : pages) {
            assertThat(page.length).isBetween(30_000, 150_000);
            PageArticle read = HtmlArticles.read(page, null, "https://post.example.org/story");
            assertThat(read.text()).hasSizeGreaterThan(150)
                    .doesNotContain("Section 12", "Copyright 2026", "Another story, number", "We use cookies", "dataLayer");
        }
    }
}
