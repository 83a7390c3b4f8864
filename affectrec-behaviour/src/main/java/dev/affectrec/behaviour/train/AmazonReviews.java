package dev.affectrec.behaviour.train;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the Amazon 2018 5-core JSON Lines ({@code reviewerID}, {@code asin}, {@code overall},
 * {@code unixReviewTime}) as review events. The review text is not needed here (the proxy label
 * uses the stars), so events carry a placeholder text. Stateless and thread-safe.
 */
public final class AmazonReviews {
  private static final Pattern USER = Pattern.compile("\"reviewerID\":\\s*\"([^\"]+)\"");
  private static final Pattern ITEM = Pattern.compile("\"asin\":\\s*\"([^\"]+)\"");
  private static final Pattern STARS = Pattern.compile("\"overall\":\\s*([0-9.]+)");
  private static final Pattern TIME = Pattern.compile("\"unixReviewTime\":\\s*([0-9]+)");

  private AmazonReviews() {}

  /**
   * All reviews in a gzipped JSON Lines file.
   *
   * @throws IOException if the file cannot be read or a line lacks a field (naming the line)
   */
  public static List<Event> read(Path file) throws IOException {
    List<Event> events = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String user = field(USER, line, "reviewerID", number);
        String item = field(ITEM, line, "asin", number);
        double stars = Double.parseDouble(field(STARS, line, "overall", number));
        long time = Long.parseLong(field(TIME, line, "unixReviewTime", number));
        events.add(
            new Event(
                "amazon-" + number,
                user,
                item,
                EventType.REVIEW,
                Instant.ofEpochSecond(time),
                stars,
                "(review text not loaded)",
                EventContext.EMPTY));
      }
    }
    return events;
  }

  private static String field(Pattern pattern, String line, String name, int number)
      throws IOException {
    Matcher m = pattern.matcher(line);
    if (!m.find()) {
      throw new IOException("line " + number + ": field " + name + " is missing");
    }
    return m.group(1);
  }
}
