package dev.vetted.web.pages;

import dev.vetted.web.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The signed-in start page: who you are, what your roles let you do. The desk grows from here. */
@Path("/")
@Authenticated
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Viewer viewer);
    }

    private final Viewers viewers;

    public HomePage(Viewers viewers) {
        this.viewers = viewers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public jakarta.ws.rs.core.Response home() {
        // the inbox is where everyone's work starts
        return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create("/inbox")).build();
    }

    @GET
    @Path("about")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance about() {
        return Templates.home(viewers.current());
    }
}
