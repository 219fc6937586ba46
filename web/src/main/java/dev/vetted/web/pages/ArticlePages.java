package dev.vetted.web.pages;

import dev.vetted.core.article.Article;
import dev.vetted.core.article.Articles;
import dev.vetted.core.article.NewArticle;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimFilter;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.common.DomainException;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.intake.ArticleIntake;
import dev.vetted.core.intake.PageImports;
import dev.vetted.web.security.CurrentActor;
import dev.vetted.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Articles: the list, the import form, and one article with its suggested claims marked in
 * the text, each to accept (as is or edited) or dismiss.
 */
@Path("/articles")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    /**
     * A stretch of the article: plain text, or the words of a claim with its number in the list
     * of suggestions (0 for a claim already on the desk).
     */
    public record Passage(String text, Claim claim, int number) {
        public boolean marked() {
            return claim != null;
        }
    }

    public record Suggestion(int number, Claim claim) {
    }

    /** One source of the article with the claims attributed to it: who said what. */
    public record SpeakerClaims(String speaker, String kind, String role, List<Claim> claims) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance articles(Viewer viewer, List<Article> articles, String total,
                                                Map<UUID, Long> suggested, Map<UUID, Long> onDesk);

        static native TemplateInstance newArticle(Viewer viewer, Map<String, String> values, Map<String, String> errors);

        static native TemplateInstance article(Viewer viewer, Article article, List<Suggestion> suggestions,
                                               List<Claim> accepted, long dismissed, List<Passage> passages,
                                               List<SpeakerClaims> speakers, dev.vetted.core.article.ArticleArchive archive);
    }

    private final Viewers viewers;
    private final CurrentActor actor;
    private final Articles articles;
    private final ArticleIntake intake;
    private final Claims claims;
    private final PageImports pages;

    private final FormOutcome outcome;

    public ArticlePages(Viewers viewers, CurrentActor actor, Articles articles, ArticleIntake intake, Claims claims,
                        PageImports pages, FormOutcome outcome) {
        this.outcome = outcome;
        this.pages = pages;
        this.viewers = viewers;
        this.actor = actor;
        this.articles = articles;
        this.intake = intake;
        this.claims = claims;
    }

    @GET
    public TemplateInstance list() {
        var page = articles.list(PageRequest.of(0, 100));
        Map<UUID, Long> onDesk = claims.countPerArticle(ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW,
                ClaimStatus.AWAITING_SIGNOFF, ClaimStatus.PUBLISHED, ClaimStatus.REJECTED);
        return Templates.articles(viewers.current(), page.items(), page.totalText(),
                claims.countPerArticle(ClaimStatus.SUGGESTED), onDesk);
    }

    @GET
    @Path("new")
    public TemplateInstance newArticle() {
        return Templates.newArticle(viewers.current(), Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FACT_CHECKER)
    public Response importArticle(@FormParam("title") String title, @FormParam("outlet") String outlet,
                                  @FormParam("url") String url, @FormParam("publishedAt") String publishedAt,
                                  @FormParam("text") String text) {
        SubmittedForm form = new SubmittedForm().field("title", title).field("outlet", outlet).field("url", url)
                .field("publishedAt", publishedAt).field("text", text);
        Instant published = form.day("publishedAt");
        try {
            if (!form.valid()) throw new InvalidInputException("publishedAt", form.errors.get("publishedAt"));
            var imported = intake.importArticle(new NewArticle(title, outlet, url, published, text), actor.get());
            int n = imported.suggestions().size();
            if (!imported.suggestionsMade()) {
                return outcome.redirect("/articles/" + imported.article().id, "Imported. The article reads as language '"
                        + imported.language() + "'; claims are suggested for English only, so add them from the claim list.");
            }
            return outcome.redirect("/articles/" + imported.article().id, n == 0
                    ? "Imported. No claims were suggested; add them from the claim list if you see some."
                    : n + (n == 1 ? " claim" : " claims") + " suggested. Accept, edit or dismiss each.");
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> form.error(f.field(), ErrorSentences.of(f.field(), f.message())));
            return importPageAgain(form, 422);
        } catch (DomainException e) {
            form.error("text", e.getMessage());
            return importPageAgain(form, 413);
        }
    }

    /** An article from its web address: fetched, read, archived, and its claims suggested. */
    @POST
    @Path("from-address")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FACT_CHECKER)
    public Response importFromAddress(@FormParam("address") String address) {
        SubmittedForm form = new SubmittedForm().field("address", address);
        try {
            var imported = pages.importFrom(address, actor.get());
            return outcome.redirect("/articles/" + imported.article().id, importedMessage(imported, "the page"));
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> form.error("address", ErrorSentences.of("url", f.message())));
            return importPageAgain(form, 422);
        } catch (DomainException e) {
            form.error("address", e.getMessage());
            return importPageAgain(form, 413);
        }
    }

    /** An article from a saved page (.html) the fact-checker uploads: read, archived, and its claims suggested. */
    @POST
    @Path("from-file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.FACT_CHECKER)
    public Response importFromFile(@RestForm("file") FileUpload file) {
        SubmittedForm form = new SubmittedForm();
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank() && file.size() == 0) {
                throw new InvalidInputException("file", "is required: choose the page you saved (.html)");
            }
            var imported = pages.importFile(file.fileName(), file.contentType(), dev.vetted.web.api.UploadedFiles.bytes(file), actor.get());
            return outcome.redirect("/articles/" + imported.article().id, importedMessage(imported, "the file"));
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> form.error("file", ErrorSentences.of("file", f.message())));
            return importPageAgain(form, 422);
        } catch (DomainException e) {
            form.error("file", e.getMessage());
            return importPageAgain(form, 413);
        }
    }

    /** The import page again with what was typed and each error beside its field. */
    private Response importPageAgain(SubmittedForm form, int status) {
        return Response.status(status).entity(Templates.newArticle(viewers.current(), form.values, form.errors)).build();
    }

    private static String importedMessage(ArticleIntake.Imported imported, String from) {
        int n = imported.suggestions().size();
        return imported.alreadyImported() ? "This page was imported before; this is the article on record."
                : !imported.suggestionsMade() ? "Imported from " + from + ". It reads as language '" + imported.language()
                + "'; claims are suggested for English only."
                : "Imported from " + from + " (kept as received). " + n + (n == 1 ? " claim" : " claims")
                + " suggested; check the text, then accept, edit or dismiss each.";
    }

    @GET
    @Path("{id}")
    public TemplateInstance article(@PathParam("id") UUID id) {
        Article article = articles.get(id);
        List<Claim> all = claims.list(new ClaimFilter(null, null, id, null), PageRequest.of(0, 200)).items();
        Comparator<Claim> byPlace = Comparator.comparing(c -> c.start == null ? Integer.MAX_VALUE : c.start);
        List<Claim> suggested = all.stream().filter(c -> c.status == ClaimStatus.SUGGESTED).sorted(byPlace).toList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < suggested.size(); i++) suggestions.add(new Suggestion(i + 1, suggested.get(i)));
        List<Claim> accepted = all.stream()
                .filter(c -> c.status != ClaimStatus.SUGGESTED && c.status != ClaimStatus.DISMISSED).sorted(byPlace).toList();
        long dismissed = all.stream().filter(c -> c.status == ClaimStatus.DISMISSED).count();
        List<Claim> kept = all.stream().filter(c -> c.status != ClaimStatus.DISMISSED).sorted(byPlace).toList();
        return Templates.article(viewers.current(), article, suggestions, accepted, dismissed,
                passages(article.text, suggestions, accepted), whoSaidWhat(kept), articles.archive(id).orElse(null));
    }

    /** The page as archived, as a download that never runs in the desk's origin. */
    @GET
    @Path("{id}/archive")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response archive(@PathParam("id") UUID id) {
        articles.get(id);
        var archive = articles.archive(id).orElseThrow(() -> new dev.vetted.core.common.NotFoundException("archived page of article", id));
        return dev.vetted.web.archive.ArchivedPageDownload.of(archive);
    }

    @POST
    @Path("{id}/accept-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FACT_CHECKER)
    public Response acceptAll(@PathParam("id") UUID id) {
        List<Claim> suggested = claims.list(new ClaimFilter(ClaimStatus.SUGGESTED, null, id, null), PageRequest.of(0, 200)).items();
        int accepted = 0;
        for (Claim c : suggested) {
            try {
                claims.accept(c.id, null, null, null, actor.get());
                accepted++;
            } catch (DomainException e) {
                // someone else accepted or dismissed it meanwhile; the rest still go ahead
            }
        }
        return outcome.redirect("/articles/" + id, accepted + (accepted == 1 ? " claim" : " claims")
                + " accepted and routed for review.");
    }

    /** The article's sources in order of first appearance, each with its claims; unattributed claims are left out. */
    static List<SpeakerClaims> whoSaidWhat(List<Claim> claims) {
        Map<String, List<Claim>> bySpeaker = new java.util.LinkedHashMap<>();
        Map<String, Claim> first = new java.util.HashMap<>();
        for (Claim c : claims) {
            if (c.speaker == null) continue;
            bySpeaker.computeIfAbsent(c.speaker, k -> new ArrayList<>()).add(c);
            Claim known = first.get(c.speaker);
            if (known == null || known.speakerRole == null && c.speakerRole != null) first.put(c.speaker, c);
        }
        List<SpeakerClaims> out = new ArrayList<>();
        bySpeaker.forEach((speaker, list) -> out.add(new SpeakerClaims(speaker, first.get(speaker).speakerKind,
                first.get(speaker).speakerRole, list)));
        return out;
    }

    /** The article cut into plain and marked passages; a claim overlapping an earlier one is left unmarked. */
    static List<Passage> passages(String text, List<Suggestion> suggestions, List<Claim> accepted) {
        List<Passage> marks = new ArrayList<>();
        for (Suggestion s : suggestions) marks.add(new Passage(null, s.claim(), s.number()));
        for (Claim c : accepted) marks.add(new Passage(null, c, 0));
        marks.removeIf(p -> p.claim().start == null || p.claim().end == null || p.claim().end > text.length());
        marks.sort(Comparator.comparing(p -> p.claim().start));
        List<Passage> out = new ArrayList<>();
        int at = 0;
        for (Passage p : marks) {
            if (p.claim().start < at) continue;
            if (p.claim().start > at) out.add(new Passage(text.substring(at, p.claim().start), null, 0));
            out.add(new Passage(text.substring(p.claim().start, p.claim().end), p.claim(), p.number()));
            at = p.claim().end;
        }
        if (at < text.length()) out.add(new Passage(text.substring(at), null, 0));
        return out;
    }
}
