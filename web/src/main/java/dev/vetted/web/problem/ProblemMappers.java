package dev.vetted.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.vetted.core.common.ConflictException;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.TooLargeException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Turns every refusal into RFC 9457 problem+json, so clients parse one error shape everywhere. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return Problem.of("invalid-input", "The request breaks a rule", 422, e.getMessage(), path(uri))
                .withErrors(e.errors()).toResponse();
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e, UriInfo uri) {
        return Problem.of("too-large", "Too large", 413, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return Problem.of("conflict", "Conflict", 409, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response notAllowed(dev.vetted.core.common.ForbiddenActionException e, UriInfo uri) {
        return Problem.of("not-allowed", "Not allowed", 403, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return Problem.of("malformed-json", "Malformed request body", 400, describe(e), path(uri)).toResponse();
    }

    /** Quarkus ships its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @Inject
    CurrentVertxRequest request;

    /** The API answers 401; a page sends the browser to sign in (the OIDC code flow's own challenge). */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, UriInfo uri) {
        return isApi(uri) ? Uni.createFrom().item(signInRequired(
                "Sign in, or send a bearer token from the vetted realm, to use this endpoint.", uri)) : challenge(uri);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return isApi(uri) ? Uni.createFrom().item(signInRequired("The bearer token was not accepted: it is expired,"
                + " malformed, or not issued and signed by this desk's sign-in server. Get a new token and try again.", uri))
                : challenge(uri);
    }

    private Uni<Response> challenge(UriInfo uri) {
        RoutingContext context = request.getCurrent();
        HttpAuthenticator authenticator = context == null ? null : context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) return Uni.createFrom().item(signInRequired("Sign in to see this page.", uri));
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }

    private static boolean isApi(UriInfo uri) {
        return uri != null && uri.getPath().startsWith("/api");
    }

    private static Response signInRequired(String detail, UriInfo uri) {
        return Response.fromResponse(Problem.of("unauthorized", "Sign-in required", 401, detail, path(uri)).toResponse())
                .header("WWW-Authenticate", "Bearer realm=\"vetted\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role does not allow this action." : e.getMessage();
        return Problem.of("forbidden", "Not allowed", 403, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 400 && e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        String detail = switch (status.getStatusCode()) {
            case 404 -> "Nothing is served at " + path(uri) + ".";
            case 405 -> "This address does not accept that method.";
            case 415 -> "Send the body as application/json.";
            case 406 -> "This address cannot answer in the requested media type.";
            default -> e.getMessage();
        };
        return Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(),
                detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure at " + path(uri), e);
        return Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side; nothing was changed. Try again, and report it if it persists.",
                path(uri)).toResponse();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof InvalidFormatException f) {
            return "The value " + f.getValue() + " at " + where(f) + " is not a valid " + f.getTargetType().getSimpleName() + ".";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "The value at " + where(m) + " has the wrong type.";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "The value at " + where(m) + " cannot be read: " + e.getOriginalMessage();
        }
        var loc = e.getLocation();
        String at = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return "The body is not valid JSON" + at + ": " + e.getOriginalMessage();
    }

    private static String where(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
