package dev.affectrec.behaviour.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Timing statistics of the DIGINETICA item-view sample ({@code session_id;user_id;item_id;
 * timeframe;eventdate}, timeframe in ms from the session's first event): the gaps between
 * consecutive views within a session, used to calibrate the inactivity gap and dwell thresholds.
 *
 * @param sessions number of sessions
 * @param gapsSeconds sorted gaps between consecutive views, in seconds
 */
public record DigineticaTiming(int sessions, double[] gapsSeconds) {

  /** Reads the file and computes the gaps. */
  public static DigineticaTiming read(Path file) throws IOException {
    Map<String, List<Long>> bySession = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        String[] f = line.split(";");
        if (f.length < 4) {
          throw new IOException("line " + number + ": expected 5 ';'-separated fields");
        }
        bySession.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[3]));
      }
    }
    List<Double> gaps = new ArrayList<>();
    for (List<Long> times : bySession.values()) {
      times.sort(null);
      for (int i = 1; i < times.size(); i++) {
        gaps.add((times.get(i) - times.get(i - 1)) / 1000.0);
      }
    }
    double[] sorted = gaps.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new DigineticaTiming(bySession.size(), sorted);
  }

  /** The {@code q}-quantile of the gaps (nearest rank, q in [0, 1]); 0 when there are none. */
  public double gapQuantile(double q) {
    if (gapsSeconds.length == 0) {
      return 0;
    }
    return gapsSeconds[(int) Math.round(q * (gapsSeconds.length - 1))];
  }
}
