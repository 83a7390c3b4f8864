package dev.affectrec.behaviour.train;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads MovieLens 100K {@code u.data} (user, item, rating, unix time; tab-separated). */
public final class MovieLensRatings {
  private MovieLensRatings() {}

  /**
   * All ratings as rate events.
   *
   * @throws IOException if the file cannot be read or a line is malformed (naming the line)
   */
  public static List<Event> read(Path file) throws IOException {
    List<Event> events = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IOException("line " + number + ": expected 4 tab-separated fields");
        }
        try {
          events.add(
              new Event(
                  "ml-" + number,
                  "ml" + f[0],
                  f[1],
                  EventType.RATE,
                  Instant.ofEpochSecond(Long.parseLong(f[3])),
                  Double.parseDouble(f[2]),
                  null,
                  EventContext.EMPTY));
        } catch (NumberFormatException e) {
          throw new IOException("line " + number + ": " + e.getMessage(), e);
        }
      }
    }
    return events;
  }
}
