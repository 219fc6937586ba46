package dev.vetted.core.article;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.claim.NewClaim;
import dev.vetted.core.common.Actor;
import dev.vetted.core.extract.ClaimExtractor;
import dev.vetted.core.extract.SuggestedClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Imports an article together with the claims the extractor suggests in it, in one transaction. */
@ApplicationScoped
public class ArticleIntake {

    /** The imported article and its suggested claims (status SUGGESTED). */
    public record Imported(Article article, List<Claim> suggestions) {
    }

    private final Articles articles;
    private final Claims claims;
    private final ClaimExtractor extractor = new ClaimExtractor();

    public ArticleIntake(Articles articles, Claims claims) {
        this.articles = articles;
        this.claims = claims;
    }

    @Transactional
    public Imported importArticle(NewArticle input, Actor actor) {
        Article article = articles.importArticle(input, actor);
        List<Claim> suggestions = new ArrayList<>();
        for (SuggestedClaim s : extractor.extract(article.text)) {
            suggestions.add(claims.add(new NewClaim(article.id, s.start(), s.end(), s.text(), s.speaker(), s.quote()),
                    ClaimStatus.SUGGESTED, s.checkworthiness(), actor));
        }
        return new Imported(article, suggestions);
    }
}
