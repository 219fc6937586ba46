package dev.vetted.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vetted.core.common.InvalidInputException.FieldError;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem detail: what went wrong and what the person can do about it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem("urn:vetted:problem:" + slug, title, status, detail, instance, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
