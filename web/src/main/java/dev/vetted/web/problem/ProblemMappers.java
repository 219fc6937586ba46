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
            case 429 -> "Too many of these at once; wait " + e.getResponse().getHeaderString("Retry-After") + " s and try again.";
            default -> e.getMessage();
        };
        Response problem = Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase() == null ? "Refused" : status.getReasonPhrase(),
                status.getStatusCode(), detail, path(uri)).toResponse();
        String retry = e.getResponse().getHeaderString("Retry-After");
        return retry == null ? problem : Response.fromResponse(problem).header("Retry-After", retry).build();
    }

    /** Seconds a client waits before trying again when the database was out of connections. */
    static final String RETRY_AFTER_BUSY = "2";

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Problem known = StoreRefusals.problem(e, path(uri));
        if (known != null) {
            LOG.debugf("Refused at %s: %s", path(uri), known.detail());
            if (known.status() == 503) return Response.fromResponse(known.toResponse()).header("Retry-After", RETRY_AFTER_BUSY).build();
            return known.toResponse();
        }
        LOG.error("Unexpected failure at " + path(uri), e);
        return Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side; nothing was changed. Try again, and report it if it persists.",
                path(uri)).toResponse();
    }

    /** What went wrong in the body, in the client's terms: the field, what was expected; never a Java type. */
    static String describe(JsonProcessingException e) {
        if (e instanceof InvalidUtf8 || e.getCause() instanceof InvalidUtf8) return InvalidUtf8.DETAIL;
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            if (m instanceof InvalidFormatException f && f.getTargetType() == String.class) {
                return "The value at " + where(m) + " cannot be stored: " + original + ".";
            }
            Class<?> target = m instanceof MismatchedInputException mi ? mi.getTargetType() : null;
            return "The value at " + where(m) + " has the wrong type" + (target == null ? "" : "; expected " + expected(target)) + ".";
        }
        if (e instanceof MismatchedInputException m && m.getPath().isEmpty()) {
            return original.contains("end-of-input") || original.contains("No content") ? "The body is empty; send a JSON object."
                    : "The body must be a JSON object.";
        }
        java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("Duplicate field '([^']{0,60})").matcher(original);
        if (duplicate.find()) return "The body gives the field '" + duplicate.group(1) + "' twice; give each field once.";
        var loc = e.getLocation();
        String at = loc == null || loc.getLineNr() < 0 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String what = original.startsWith("Unexpected end-of-input") ? "it ends before the JSON does"
                : original.startsWith("Unrecognized token") ? "a word there is not JSON (text needs double quotes)"
                : original.startsWith("Unexpected character") ? "a character there does not belong"
                : original.contains("control character") || original.contains("CTRL-CHAR") ? "text holds a raw control character (escape it, such as \\n)"
                : original.startsWith("Trailing token") ? "something follows the JSON value"
                : "it is malformed";
        return "The body is not valid JSON" + at + ": " + what + ".";
    }

    private static String expected(Class<?> target) {
        if (target == String.class) return "text";
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) return "a whole number";
        if (Number.class.isAssignableFrom(target) || target == double.class) return "a number";
        if (target == Boolean.class || target == boolean.class) return "true or false";
        if (target.isEnum()) return "one of " + java.util.Arrays.toString(target.getEnumConstants());
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) return "a list";
        return "an object";
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
