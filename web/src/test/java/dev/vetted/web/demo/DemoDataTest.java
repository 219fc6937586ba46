package dev.vetted.web.demo;

import dev.vetted.core.article.Article;
import dev.vetted.web.demo.DemoData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void seedsTheDemoArticleOnlyOnce() {
        Path seed = Path.of("../deploy/seed/article.txt");
        demoData.seed(seed);
        demoData.seed(seed);
        long count = QuarkusTransaction.requiringNew().call(() ->
                Article.count("title", "Progress Made in Negotiations for Release of Hostages between Israel and Hamas"));
        assertThat(count).isEqualTo(1);
    }
}
