package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Many clients sending their bodies a byte at a time (more than the server has threads) cannot
 * starve it: the minimum data rate frees their threads, and {@code /health} answers. The bound is
 * generous on purpose; this asserts that it answers at all, not how fast.
 */
class SlowClientsTest extends FreshServerTest {
  private static final int CLIENTS = 300;

  @Test
  void healthAnswersWhileManyClientsTrickleTheirBodies() throws Exception {
    List<Socket> sockets = new ArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    Thread trickle = new Thread(() -> trickle(sockets, stop), "slow-clients");
    try {
      for (int i = 0; i < CLIENTS; i++) {
        Socket socket = new Socket("127.0.0.1", http.server.port());
        socket
            .getOutputStream()
            .write(
                ("POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + http.key
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[")
                    .getBytes(StandardCharsets.ISO_8859_1));
        sockets.add(socket);
      }
      trickle.start();
      Thread.sleep(2_000); // every handler thread the clients can take is taken by now
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(http.uri("/health")).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      // a dropped client is told why, as problem+json naming no exception
      Socket first = sockets.get(0);
      first.setSoTimeout(30_000);
      String answer = new String(first.getInputStream().readNBytes(2048), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
      assertThat(answer).contains("bytes per second").doesNotContainIgnoringCase("exception");
    } finally {
      stop.set(true);
      trickle.join();
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  /** Sends one more body byte on every open socket every 200 ms until stopped (about 5 B/s). */
  private static void trickle(List<Socket> sockets, AtomicBoolean stop) {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!stop.get() && System.nanoTime() < end) {
      for (Socket socket : sockets) {
        try {
          OutputStream out = socket.getOutputStream();
          out.write(' ');
          out.flush();
        } catch (IOException closedByTheServer) {
          // the server dropped a client below the minimum rate: what it should do
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
