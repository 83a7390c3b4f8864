package dev.affectrec.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error handler, replaced so that the errors Jetty answers itself (a request line or
 * headers it cannot parse: 400, 414, 431; a request it refuses before Javalin sees it) are RFC 9457
 * {@code application/problem+json} like every other error, never an HTML page. The detail says what
 * to change and never names a Java exception: a reason from Jetty that does is replaced by a plain
 * sentence. Thread-safe.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  private final ObjectMapper mapper;

  /** A handler that writes problems with {@code mapper}. */
  public ProblemErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
    setShowStacks(false);
    setShowServlet(false);
  }

  /** The body of a response to a request Jetty could not parse (no servlet ran). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    return ByteBuffer.wrap(body(status, reason, null));
  }

  /** An error Jetty raised while it dispatched a parsed request. */
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    if (response.isCommitted()) {
      return;
    }
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    byte[] body =
        body(
            response.getStatus(),
            message == null ? null : message.toString(),
            request.getRequestURI());
    response.resetBuffer();
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private byte[] body(int status, String reason, String path) {
    Problem problem =
        new Problem(
            "about:blank",
            ProblemResponses.titleFor(status),
            status,
            detail(status, reason),
            path,
            List.of());
    try {
      return mapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** What went wrong and what to do, without a word about the server's internals. */
  static String detail(int status, String reason) {
    return switch (status) {
      case 414 -> "the request URI is longer than the server accepts; send long values in the body";
      case 431 ->
          "the request headers are larger than the server accepts; send fewer or shorter headers";
      case 400 ->
          "the request is malformed"
              + (isSafe(reason) ? " (" + reason + ")" : "")
              + "; check the request line, headers and body (no NUL or control characters, no"
              + " '..' segments in the path, the whole body sent in time)";
      default ->
          isSafe(reason) ? reason : "the server refused the request with HTTP status " + status;
    };
  }

  /** Whether Jetty's reason can be shown: present, short, and naming no Java class. */
  private static boolean isSafe(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 120) {
      return false;
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    return !(lower.contains("exception")
        || lower.contains("java.")
        || lower.contains("jakarta.")
        || lower.contains("org.eclipse")
        || lower.contains("error:")
        || reason.chars().anyMatch(c -> c < 0x20));
  }
}
