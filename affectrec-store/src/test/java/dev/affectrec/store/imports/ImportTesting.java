package dev.affectrec.store.imports;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Helpers shared by the importer tests: a fresh SQLite store and small input files. */
final class ImportTesting {
  private ImportTesting() {}

  static EventStore sqlite(Path dir) {
    return EventStores.open(StoreConfig.sqlite(dir.resolve("store")));
  }

  static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static Path gzip(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  static ImportReport run(ImportFormat format, Path input, EventStore store, ImportOptions options)
      throws IOException {
    return Importers.forFormat(format).run(input, store, options, ImportProgress.NONE);
  }
}
