package dev.affectrec.store.imports;

import java.util.Objects;

/** The importer of each {@link ImportFormat}. */
public final class Importers {
  private Importers() {}

  /**
   * The importer for {@code format}; importers are stateless and thread-safe.
   *
   * @param format never null
   */
  public static Importer forFormat(ImportFormat format) {
    Objects.requireNonNull(format, "format is required");
    return switch (format) {
      case MOVIELENS -> new MovieLensImporter();
      case AMAZON -> new AmazonReviewImporter();
      case EVENTS -> new EventsJsonImporter();
      case CSV -> new CsvEventImporter();
    };
  }
}
