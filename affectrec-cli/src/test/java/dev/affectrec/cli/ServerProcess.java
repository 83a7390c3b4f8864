package dev.affectrec.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code affectrec serve} in a real child JVM on the test class path, for fault tests: {@link
 * #kill()} is a kill -9 (no shutdown hook runs), {@link #stop()} a SIGTERM (a clean stop).
 */
final class ServerProcess implements AutoCloseable {
  static final String ADMIN_KEY = "ark_crash-test-admin-key-0123456789";
  private static final Pattern SERVING = Pattern.compile("serving at (http://\\S+) ");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final URI base;

  private ServerProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  /**
   * Starts a server on {@code dataDir} on a free port, retraining only on demand, and waits until
   * it accepts connections.
   */
  static ServerProcess start(Path dataDir, Path log, String... jvmOptions) throws IOException {
    return start(dataDir, log, List.of(), jvmOptions);
  }

  /**
   * As {@link #start(Path, Path, String...)}, with more {@code serve} options such as {@code --db}.
   */
  static ServerProcess start(
      Path dataDir, Path log, List<String> serveOptions, String... jvmOptions) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            AffectRecCli.class.getName(),
            "serve",
            "--data-dir",
            dataDir.toString(),
            "--port",
            "0",
            "--retrain-every",
            "0"));
    command.addAll(serveOptions);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("AFFECTREC_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
    builder.environment().remove("AFFECTREC_PSEUDONYM_SECRET");
    Process process = builder.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> drain(out), "server-stdout");
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(process, URI.create(m.group(1)));
      }
    }
    process.destroyForcibly();
    throw new IOException("the server exited before serving; see " + log);
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // discard
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  /** Sends a request with the admin key; {@code body} may be null. */
  HttpResponse<String> send(String method, String path, String body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + ADMIN_KEY)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** kill -9: the JVM dies at once, no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: the shutdown hook stops the server and closes the store. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
