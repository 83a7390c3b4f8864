package dev.affectrec.server.http;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * How long Jetty waits for slow clients, so that many of them cannot hold every request thread
 * (bodies are read by blocking handler threads): a connection silent for {@link #IDLE_TIMEOUT} is
 * closed, and a request body (or a response) that moves slower than {@link #MIN_DATA_RATE} bytes
 * per second on average since its first byte fails with 408 (the client is dropped); and no
 * per-connection header cache ({@link #HEADER_CACHE_SIZE}). Stateless.
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

  /**
   * Jetty's per-connection cache of parsed header fields, in trie rows: 0, none. Jetty 11's default
   * (1024) gives every connection a 96 KB {@code char[]} trie on its first request; a connection
   * that lives about a minute outlives the young collections, so each one closed left 96 KB in the
   * old generation (0.8 MB a minute of the soak's heap growth, issue 21), and 10,000 open
   * connections would hold about 1 GB. Without it a request parses its few headers into short-lived
   * fields.
   */
  public static final int HEADER_CACHE_SIZE = 0;

  private ConnectionLimits() {}

  /** Makes the server listen on {@code host:port} with these limits. */
  public static void install(JavalinConfig javalin, String host, int port) {
    javalin.jetty.addConnector(
        (server, http) -> {
          http.setMinRequestDataRate(MIN_DATA_RATE);
          http.setMinResponseDataRate(MIN_DATA_RATE);
          http.setHeaderCacheSize(HEADER_CACHE_SIZE);
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
          connector.setHost(host);
          connector.setPort(port);
          connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
          return connector;
        });
  }
}
