package dev.affectrec.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.store.StoreException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.CharConversionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every error as an RFC 9457 problem response: {@link ApiException} with its status,
 * malformed JSON as 400 naming the location, Javalin's own HTTP errors with their status, errors
 * Jetty answers itself through {@link ProblemErrorHandler}, a database that cannot be reached as a
 * 503 with {@code Retry-After}, and anything else as a 500 whose detail reveals nothing internal.
 */
public final class ProblemResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

  /** Seconds a client is asked to wait when the database cannot be reached. */
  static final int RETRY_AFTER_SECONDS = 5;

  private ProblemResponses() {}

  /** Registers the exception and error handlers on {@code config}. */
  public static void install(JavalinConfig config, ObjectMapper mapper) {
    ProblemErrorHandler jettyErrors = new ProblemErrorHandler(mapper);
    config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
    config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
    config.router.mount(
        router -> {
          router.exception(
              ApiException.class,
              (e, ctx) -> write(ctx, mapper, e.status(), e.title(), e.getMessage(), e.errors()));
          router.exception(
              JsonProcessingException.class,
              (e, ctx) -> malformedJson(ctx, mapper, e.getOriginalMessage() + location(e)));
          router.exception(
              CharConversionException.class,
              (e, ctx) ->
                  malformedJson(
                      ctx, mapper, "the body is not UTF-8 JSON (" + e.getMessage() + ")"));
          router.exception(
              HttpResponseException.class,
              (e, ctx) ->
                  write(
                      ctx,
                      mapper,
                      e.getStatus(),
                      titleFor(e.getStatus()),
                      e.getMessage(),
                      List.of()));
          router.exception(
              StoreException.class,
              (e, ctx) -> {
                if (!e.databaseUnreachable()) {
                  internalError(ctx, mapper, e);
                  return;
                }
                LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                write(
                    ctx,
                    mapper,
                    503,
                    "Service unavailable",
                    "the database cannot be reached, so the request was not completed; send it"
                        + " again in a few seconds (events are idempotent by id)",
                    List.of());
              });
          router.exception(Exception.class, (e, ctx) -> internalError(ctx, mapper, e));
          router.error(
              404,
              ctx -> {
                if (ctx.result() == null) {
                  write(
                      ctx,
                      mapper,
                      404,
                      "Not found",
                      "no route for " + ctx.method() + " " + ctx.path(),
                      List.of());
                }
              });
          router.error(
              405,
              ctx ->
                  write(
                      ctx,
                      mapper,
                      405,
                      "Method not allowed",
                      ctx.method() + " is not allowed on " + ctx.path(),
                      List.of()));
        });
  }

  private static void malformedJson(Context ctx, ObjectMapper mapper, String what) {
    write(ctx, mapper, 400, "Invalid request", "malformed JSON: " + what, List.of());
  }

  private static void internalError(Context ctx, ObjectMapper mapper, Exception e) {
    LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
    write(
        ctx,
        mapper,
        500,
        "Internal server error",
        "the server failed to handle the request; see the server log",
        List.of());
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  static String titleFor(int status) {
    return switch (status) {
      case 400 -> "Invalid request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 413 -> "Payload too large";
      case 414 -> "URI too long";
      case 415 -> "Unsupported media type";
      case 431 -> "Request header fields too large";
      default -> "HTTP " + status;
    };
  }

  /** Writes a problem response. */
  public static void write(
      Context ctx,
      ObjectMapper mapper,
      int status,
      String title,
      String detail,
      List<FieldError> errors) {
    Problem problem = new Problem("about:blank", title, status, detail, ctx.path(), errors);
    try {
      ctx.status(status).contentType(Problem.MEDIA_TYPE).result(mapper.writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      ctx.status(500).result("{\"status\":500}");
    }
  }
}
