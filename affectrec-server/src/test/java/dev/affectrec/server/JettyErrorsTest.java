package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Errors that Jetty answers before a handler runs are problem+json too, and name no exception. */
class JettyErrorsTest extends FreshServerTest {

  /** Sends {@code request} as raw bytes and returns the whole response, headers and body. */
  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", http.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      return response.toString(StandardCharsets.UTF_8);
    }
  }

  private static void assertProblem(String response, int status) throws Exception {
    assertThat(response).startsWith("HTTP/1.1 " + status);
    String lower = response.toLowerCase(Locale.ROOT);
    assertThat(lower).contains("content-type: application/problem+json");
    JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isNotBlank().doesNotContainIgnoringCase("exception");
    assertThat(lower).doesNotContain("<html").doesNotContain("java.");
  }

  private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).doesNotContainIgnoringCase("exception");
  }

  @Test
  void aUriTooLongIs414ProblemJson() throws Exception {
    HttpResponse<String> response = http.get("/v1/users/" + "a".repeat(20_000) + "/events");
    assertProblem(response, 414);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("URI");
  }

  @Test
  void headersTooLargeAre431ProblemJson() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(http.uri("/v1/stats"))
                .header("X-Padding", "a".repeat(20_000))
                .GET()
                .build());
    assertProblem(response, 431);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("headers");
  }

  @Test
  void anEncodedNulInThePathIs400ProblemJson() throws Exception {
    assertProblem(http.get("/v1/users/a%00b/events"), 400);
  }

  @Test
  void aRawNulInTheRequestLineIs400ProblemJson() throws Exception {
    assertProblem(raw("GET /v1/st\0ats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
  }

  @Test
  void aPathThatClimbsAboveTheRootIs400ProblemJson() throws Exception {
    assertProblem(
        raw("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
  }

  @Test
  void aBodyCutShortIs400ProblemJsonNamingNoException() throws Exception {
    String response;
    try (Socket socket = new Socket("127.0.0.1", http.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + http.key
                  + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\"id\":")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    assertProblem(response, 400);
    // the detail is ours, not the I/O exception's message (an idle timeout's names a Java class)
    assertThat(response).contains("send the whole body again").doesNotContain("EOF");
  }

  @Test
  void aMalformedMultipartFaceUploadIs400NamingTheProblem() throws Exception {
    HttpResponse<String> response =
        http.post(
            "/v1/emotion/face",
            "multipart/form-data; boundary=xyz",
            "this is not a multipart body");
    assertProblem(response, 400);
    assertThat(JSON.readTree(response.body()).toString()).contains("multipart");
  }
}
