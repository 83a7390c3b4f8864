package dev.affectrec.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of an RFC 9457 {@code application/problem+json} response.
 *
 * @param type a URI reference identifying the problem type ({@code about:blank} for plain HTTP
 *     statuses)
 * @param title short summary, constant per type
 * @param status the HTTP status code
 * @param detail explanation specific to this occurrence
 * @param instance the request path
 * @param errors invalid fields (extension member), omitted when empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** Media type of problem responses. */
  public static final String MEDIA_TYPE = "application/problem+json";
}
