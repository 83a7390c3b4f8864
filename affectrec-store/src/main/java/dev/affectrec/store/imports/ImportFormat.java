package dev.affectrec.store.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats {@code affectrec import --format} accepts. */
public enum ImportFormat {
  /** A MovieLens 100K folder: u.data, u.item (ISO-8859-1), u.user, u.genre. */
  MOVIELENS,
  /** Amazon review JSON Lines, plain or gzip. */
  AMAZON,
  /** JSON Lines in the AffectRec event form. */
  EVENTS,
  /** CSV with a header row naming the columns; see docs/IMPORT-FORMATS.md. */
  CSV;

  /**
   * Every column {@link #CSV} knows, in the order an export writes them: {@code id, user, item,
   * type, time, value, text} and the context fields {@code device, channel, location, locale,
   * session}.
   */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "user",
          "item",
          "type",
          "time",
          "value",
          "text",
          "device",
          "channel",
          "location",
          "locale",
          "session");

  /** Lower-case name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Looks a format up by its command-line name; empty when unknown. */
  public static Optional<ImportFormat> fromCliName(String name) {
    for (ImportFormat format : values()) {
      if (format.cliName().equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
