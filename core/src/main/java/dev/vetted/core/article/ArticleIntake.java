package dev.vetted.core.article;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.claim.NewClaim;
import dev.vetted.core.common.Actor;
import dev.vetted.core.extract.ClaimExtractor;
import dev.vetted.core.extract.Extraction;
import dev.vetted.core.extract.SuggestedClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * Imports an article together with the claims the extractor suggests in it, in one transaction.
 * Suggestions below the check-worthiness threshold ({@code vetted.extract.threshold}) are not
 * stored, so the desk is not flooded; an article in a language the extractor does not handle is
 * stored with its language and no suggestions.
 */
@ApplicationScoped
public class ArticleIntake {

    /** The imported article, its language and its suggested claims (status SUGGESTED). */
    public record Imported(Article article, String language, List<Claim> suggestions) {

        public boolean suggestionsMade() {
            return ClaimExtractor.LANGUAGE.equals(language);
        }
    }

    private final Articles articles;
    private final Claims claims;
    private final ClaimExtractor extractor;

    public ArticleIntake(Articles articles, Claims claims,
                         @ConfigProperty(name = "vetted.extract.threshold", defaultValue = "0.1") double threshold) {
        this.articles = articles;
        this.claims = claims;
        this.extractor = new ClaimExtractor(threshold);
    }

    @Transactional
    public Imported importArticle(NewArticle input, Actor actor) {
        Article article = articles.importArticle(input, actor);
        Extraction extraction = extractor.analyse(article.text);
        article.language = extraction.language();
        List<Claim> suggestions = new ArrayList<>();
        for (SuggestedClaim s : extraction.claims()) {
            suggestions.add(claims.add(new NewClaim(article.id, s.start(), s.end(), s.text(), fit(s.speaker()),
                    s.speakerKind(), fit(s.speakerRole()), s.quote()), ClaimStatus.SUGGESTED, s.checkworthiness(), actor));
        }
        return new Imported(article, extraction.language(), suggestions);
    }

    /** Names and roles longer than the column are run-on text the extractor took for a name: cut at a word. */
    private static String fit(String value) {
        if (value == null || value.length() <= Claims.MAX_SPEAKER) return value;
        int cut = value.lastIndexOf(' ', Claims.MAX_SPEAKER);
        return value.substring(0, cut > 0 ? cut : Claims.MAX_SPEAKER);
    }
}
