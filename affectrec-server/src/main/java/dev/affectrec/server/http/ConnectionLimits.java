package dev.affectrec.server.http;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * How long Jetty waits for slow clients, so that many of them cannot hold every request thread
 * (bodies are read by blocking handler threads): a connection silent for {@link #IDLE_TIMEOUT} is
 * closed, and a request body (or a response) that moves slower than {@link #MIN_DATA_RATE} bytes
 * per second on average since its first byte fails with 408 (the client is dropped). Stateless.
 */
public final class ConnectionLimits {
  /** A connection idle this long is closed (10 s; Jetty's default is 30 s). */
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Slowest average rate, in bytes per second, at which a request body must arrive and a response
   * be read: 128 B/s. Jetty averages from the first byte, so a small body read a moment late looks
   * slow: at 4 KiB/s a 100-byte JSON body read 30 ms after it arrived (a loaded machine) failed
   * with 408. 128 B/s still drops a client that trickles bytes (slow-loris sends a few per second).
   */
  public static final long MIN_DATA_RATE = 128;

  private ConnectionLimits() {}

  /** Makes the server listen on {@code host:port} with these limits. */
  public static void install(JavalinConfig javalin, String host, int port) {
    javalin.jetty.addConnector(
        (server, http) -> {
          http.setMinRequestDataRate(MIN_DATA_RATE);
          http.setMinResponseDataRate(MIN_DATA_RATE);
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
          connector.setHost(host);
          connector.setPort(port);
          connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
          return connector;
        });
  }
}
