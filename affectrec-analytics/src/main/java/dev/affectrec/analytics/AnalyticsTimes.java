package dev.affectrec.analytics;

import dev.affectrec.api.InputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The one parser of analysis time bounds given by users, for the REST API and the CLI alike. */
public final class AnalyticsTimes {
  private AnalyticsTimes() {}

  /**
   * {@code raw} as an instant: an ISO-8601 instant ({@code 2024-03-01T12:00:00Z}) or a date ({@code
   * 2024-03-01}, its UTC midnight); null or blank gives null.
   *
   * @throws InputException naming {@code field} and the value when it is neither
   */
  public static Instant parse(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.trim();
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InputException(
          field
              + " must be a date (2024-03-01) or an instant (2024-03-01T12:00:00Z) but was '"
              + raw
              + "'");
    }
  }
}
