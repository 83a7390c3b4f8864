package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A face upload never touches disk: a multipart body over the limit is refused while it is read,
 * and no file appears in {@code java.io.tmpdir} (a fresh one, watched for creations, so a part
 * written and deleted again during the request is caught too).
 */
class FaceUploadDiskTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "b0undaryXyZ";

  @TempDir Path dir;
  @TempDir Path tmp;
  private String savedTmp;
  private HttpFixture http;
  private WatchService watcher;

  @BeforeEach
  void start() throws Exception {
    savedTmp = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", tmp.toString());
    http = new HttpFixture(dir);
    watcher = FileSystems.getDefault().newWatchService();
    tmp.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
  }

  @AfterEach
  void stop() throws Exception {
    watcher.close();
    http.close();
    System.setProperty("java.io.tmpdir", savedTmp);
  }

  private static byte[] multipart(int imageBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(imageBytes + 512);
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[imageBytes]);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private HttpResponse<String> upload(HttpRequest.BodyPublisher body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(http.uri("/v1/emotion/face"))
            .header("Authorization", "Bearer " + http.key)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(body)
            .build());
  }

  /** Every file created in the watched temp directory since the watch started. */
  private List<Path> created() throws InterruptedException {
    List<Path> out = new ArrayList<>();
    WatchKey key = watcher.poll(200, TimeUnit.MILLISECONDS);
    while (key != null) {
      for (WatchEvent<?> event : key.pollEvents()) {
        out.add((Path) event.context());
      }
      key.reset();
      key = watcher.poll(200, TimeUnit.MILLISECONDS);
    }
    return out;
  }

  private static void assertTooLarge(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("limit");
  }

  @Test
  void a30MegabyteMultipartUploadIs413AndWritesNoFile() throws Exception {
    byte[] body = multipart(30 << 20);
    assertTooLarge(upload(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(created()).isEmpty();
  }

  @Test
  void a30MegabyteChunkedMultipartUploadIs413AndWritesNoFile() throws Exception {
    byte[] body = multipart(30 << 20);
    Supplier<java.io.InputStream> chunked = () -> new ByteArrayInputStream(body);
    assertTooLarge(upload(HttpRequest.BodyPublishers.ofInputStream(chunked)));
    assertThat(created()).isEmpty();
  }

  @Test
  void anImagePartJustOverTheLimitIs413AndWritesNoFile() throws Exception {
    int over = (int) dev.affectrec.server.emotion.EmotionHandlers.MAX_IMAGE_BYTES + 1;
    assertTooLarge(upload(HttpRequest.BodyPublishers.ofByteArray(multipart(over))));
    assertThat(created()).isEmpty();
    assertThat(Files.list(tmp)).isEmpty();
  }
}
