package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be reached or written is reported in one line that names the host and port or
 * the path and says what to check, never only the driver's words.
 */
class StoreErrorsTest {
  @TempDir Path dir;

  /** One line on stderr, exit 1 (a failure of the environment, not of the input). */
  private static String oneLineFailure(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err().strip().split("\n")).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception");
    return run.err();
  }

  @Test
  void anUnreachablePostgresIsNamedByHostAndPortWithoutThePassword() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/shop?user=rec&password=s3cret";
    String err = oneLineFailure(CliRun.of("stats", "--db", url));
    assertThat(err)
        .startsWith(
            "stats: failed: cannot connect to the PostgreSQL database at 127.0.0.1:"
                + port
                + "/shop")
        .contains("check that the server runs")
        .doesNotContain("s3cret");
  }

  @Test
  void aReadOnlyDataDirectoryIsNamed() throws Exception {
    Path readOnly = Files.createDirectories(dir.resolve("ro"));
    try (Mount mount = Mount.readOnly(readOnly)) {
      Path data = mount.at().resolve("data");
      String err =
          oneLineFailure(
              CliRun.of("keys", "create", "--role", "admin", "--data-dir", data.toString()));
      assertThat(err).contains(readOnly.toString()).contains("writable");
    }
  }

  @Test
  void aFullDiskIsNamed() throws Exception {
    Path small = Files.createDirectories(dir.resolve("small"));
    try (Mount mount = Mount.tmpfs(small, "300k")) {
      Path events = dir.resolve("events.jsonl");
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 30_000; i++) {
        lines.add(
            "{\"id\":\"e%d\",\"user\":\"u%d\",\"item\":\"i%d\",\"type\":\"view\",\"time\":\"2026-10-01T00:00:00Z\"}"
                .formatted(i, i % 500, i % 300));
      }
      Files.write(events, lines);
      Path data = mount.at().resolve("data");
      String err =
          oneLineFailure(
              CliRun.of(
                  "import",
                  "--data-dir",
                  data.toString(),
                  "--format",
                  "events",
                  events.toString()));
      assertThat(err).contains(data.toString()).contains("the disk holding " + data + " is full");
    }
  }

  /**
   * A small file system mounted for one test. A read-only directory needs a mount when the tests
   * run as root (root writes through permissions); without root it is a directory without write
   * permission. A full disk needs a tmpfs, so that test runs only where mounting works.
   */
  private record Mount(Path at, boolean mounted) implements AutoCloseable {
    static boolean root() {
      return "root".equals(System.getProperty("user.name"));
    }

    static Mount readOnly(Path at) throws IOException {
      if (!root()) {
        assumeTrue(at.toFile().setWritable(false, false), "cannot make " + at + " read-only");
        return new Mount(at, false);
      }
      assumeTrue(
          run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", at.toString()),
          "mounting a read-only tmpfs needs root and mount");
      return new Mount(at, true);
    }

    static Mount tmpfs(Path at, String size) throws IOException {
      assumeTrue(
          root() && run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()),
          "a full disk is simulated with a small tmpfs, which needs root and mount");
      return new Mount(at, true);
    }

    private static boolean run(String... command) throws IOException {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      try {
        return p.waitFor() == 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(String.join(" ", command) + " was interrupted", e);
      }
    }

    @Override
    public void close() throws IOException {
      if (mounted) {
        run("umount", at.toString());
      } else {
        at.toFile().setWritable(true, false);
      }
    }
  }
}
