package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {
  @TempDir Path dir;

  private static String batch(int size) {
    return IntStream.range(0, size)
        .mapToObj(
            i ->
                String.format(
                    Locale.ROOT,
                    "{\"id\":\"e%d\",\"user\":\"u\",\"item\":\"i\",\"type\":\"view\",\"time\":\"2024-01-01T00:00:00Z\"}",
                    i))
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void batchOverTheLimitIs413AndWritesNothing() throws Exception {
    try (HttpFixture http = new HttpFixture(dir, new ServerConfig("127.0.0.1", 0, 1 << 20, 10))) {
      assertThat(http.post("/v1/events", batch(10)).statusCode()).isEqualTo(200);
      HttpResponse<String> response = http.post("/v1/events", batch(11));
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.body()).contains("at most 10 events");
      assertThat(http.store.stats().events()).isEqualTo(10);
    }
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    try (HttpFixture http = new HttpFixture(dir, new ServerConfig("127.0.0.1", 0, 2048, 10_000))) {
      HttpResponse<String> response = http.post("/v1/events", batch(100));
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      assertThat(http.store.stats().events()).isZero();
    }
  }
}
