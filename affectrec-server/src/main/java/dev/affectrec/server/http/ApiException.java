package dev.affectrec.server.http;

import java.util.List;

/**
 * A request that cannot be served as asked. Rendered as an RFC 9457 problem response by {@link
 * ProblemResponses}; never carries a stack trace to the client.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient List<FieldError> errors;

  private ApiException(int status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** 400 naming every invalid field. */
  public static ApiException invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size()
                + " invalid fields; the first is "
                + errors.get(0).field()
                + ": "
                + errors.get(0).message();
    return new ApiException(400, "Invalid request", detail, errors);
  }

  /** 400 for one invalid field. */
  public static ApiException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  /** 404 for an unknown resource. */
  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail, List.of());
  }

  /** 413 for a body or batch over the limit. */
  public static ApiException tooLarge(String detail) {
    return new ApiException(413, "Payload too large", detail, List.of());
  }

  /** 408 for a request body that arrived too slowly. */
  public static ApiException requestTimeout(String detail) {
    return new ApiException(408, "Request timeout", detail, List.of());
  }

  /** 415 for a body that is not JSON. */
  public static ApiException unsupportedMediaType(String detail) {
    return new ApiException(415, "Unsupported media type", detail, List.of());
  }

  /** 401 for a missing or unknown API key. */
  public static ApiException unauthorized(String detail) {
    return new ApiException(401, "Unauthorized", detail, List.of());
  }

  /** 403 for a key whose role does not permit the action. */
  public static ApiException forbidden(String detail) {
    return new ApiException(403, "Forbidden", detail, List.of());
  }

  /** 429 for a key over its rate limit. */
  public static ApiException tooManyRequests(String detail) {
    return new ApiException(429, "Too many requests", detail, List.of());
  }

  /** 409 for a request that conflicts with stored state. */
  public static ApiException conflict(String detail) {
    return new ApiException(409, "Conflict", detail, List.of());
  }

  /** 503 for a capability whose resources (for example model files) are missing. */
  public static ApiException unavailable(String detail) {
    return new ApiException(503, "Service unavailable", detail, List.of());
  }

  /** HTTP status code. */
  public int status() {
    return status;
  }

  /** Short, constant summary of the problem type. */
  public String title() {
    return title;
  }

  /** Invalid fields; empty unless the status is 400. */
  public List<FieldError> errors() {
    return errors;
  }
}
