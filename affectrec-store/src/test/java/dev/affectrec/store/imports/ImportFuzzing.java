package dev.affectrec.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.io.events.EventFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The contract every importer fuzz test asserts: a scan of any bytes either finishes, every event
 * it produced valid (ids by {@link EventIds}, time in the accepted range) and every rejection
 * naming one of {@code files} and a line from 1, or throws an {@link InputException} naming the
 * input. Any other exception, a hang or running out of memory is a finding.
 */
final class ImportFuzzing {
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("affectrec-import-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(ImportFuzzing::removeDir, "import-fuzz-cleanup"));
  }

  private ImportFuzzing() {}

  /** A fresh directory for one input (inputs are overwritten, not accumulated). */
  static Path dir() {
    return DIR;
  }

  /** Writes {@code bytes} to {@code name} in {@link #dir()}. */
  static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(DIR.resolve(name), bytes);
  }

  /** Deletes {@code name} from {@link #dir()} if present. */
  static void delete(String name) throws IOException {
    Files.deleteIfExists(DIR.resolve(name));
  }

  /**
   * Removes the inputs and the directory when the test JVM exits, so runs leave nothing in /tmp.
   */
  private static void removeDir() {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(DIR);
    } catch (IOException e) {
      System.err.println("could not remove " + DIR + ": " + e.getMessage());
    }
  }

  /** Scans {@code input} with {@code format}'s importer and asserts the contract. */
  static void assertContract(ImportFormat format, Path input, Set<String> files)
      throws IOException {
    FileImporter importer = (FileImporter) Importers.forFormat(format);
    CheckingSink sink = new CheckingSink(files);
    try {
      importer.scan(input, sink, ImportProgress.NONE);
    } catch (InputException e) {
      assertThat(e.getMessage()).as("a whole-input error names the input").isNotBlank();
    }
  }

  /** Checks each row as the reader hands it over. */
  private record CheckingSink(Set<String> files) implements RowSink {
    @Override
    public void event(Event event) {
      assertThat(EventIds.valid(event.id())).as("id %s", event.id()).isTrue();
      assertThat(EventIds.valid(event.user())).as("user %s", event.user()).isTrue();
      if (event.item() != null) {
        assertThat(EventIds.valid(event.item())).as("item %s", event.item()).isTrue();
      }
      assertThat(event.time())
          .isAfterOrEqualTo(EventFields.EARLIEST_TIME)
          .isBefore(EventFields.LATEST_TIME);
      if (event.value() != null) {
        assertThat(event.value()).isFinite();
      }
    }

    @Override
    public void reject(String file, long line, String message) {
      assertThat(files).contains(file);
      assertThat(line).isPositive();
      assertThat(message).isNotBlank();
    }

    @Override
    public void item(Item item) {
      assertThat(EventIds.valid(item.id())).as("item %s", item.id()).isTrue();
    }

    @Override
    public void user(User user) {
      assertThat(EventIds.valid(user.id())).as("user %s", user.id()).isTrue();
    }
  }
}
