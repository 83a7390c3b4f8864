package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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

  /** The disk filling up during an import is named, and what an earlier import stored stays. */
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
      Path accepted = dir.resolve("accepted.jsonl");
      Files.write(
          accepted, lines.subList(0, 100).stream().map(l -> l.replace("\"e", "\"a")).toList());
      CliRun first =
          CliRun.of(
              "import", "--data-dir", data.toString(), "--format", "events", accepted.toString());
      assertThat(first.exitCode()).as(first.err()).isZero();
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
      assertThat(eventIdsOfACopy(data, dir.resolve("copy")))
          .as("events imported before the disk filled up")
          .containsAll(IntStream.range(0, 100).mapToObj(i -> "a" + i).collect(Collectors.toSet()));
    }
  }

  /**
   * The event ids of a copy of the store in {@code data} (opening a store on a full disk would need
   * room for its write-ahead log).
   */
  private static Set<String> eventIdsOfACopy(Path data, Path copy) throws IOException {
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(data)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Set<String> ids = new HashSet<>();
    try (EventStore store = EventStores.open(StoreConfig.sqlite(copy));
        EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEach(e -> ids.add(e.id()));
    }
    return ids;
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
