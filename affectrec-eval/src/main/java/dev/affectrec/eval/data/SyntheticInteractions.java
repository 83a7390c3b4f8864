package dev.affectrec.eval.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates the interactions a {@link SyntheticConfig} describes, one at a time: users in order
 * (user 0, the most active, first), each user's distinct items in draw order, a 1-5 star rating
 * (MovieLens-like: mostly 3 and 4) and a Unix time in 2015-2019. Memory is one int per user and one
 * int plus one double per item, whatever the number of interactions, so 25 million (or a billion)
 * rows stream to a file without being held. The same config gives the same interactions, in the
 * same order, on every run and machine ({@link SplittableRandom} from the seed, one stream).
 *
 * <p>Items are drawn by rank from the Zipf distribution; a draw of an item the user already has is
 * repeated, and a user who still lacks items after {@code 8 * count + 32} draws (a heavy user in a
 * small catalogue) takes the missing ones from a scan of the catalogue from a random start. Not
 * thread-safe: one generation at a time.
 */
public final class SyntheticInteractions {
  /** 2015-01-01T00:00:00Z, the start of the time span. */
  private static final long FIRST_SECOND = 1_420_070_400L;

  /** Five years of seconds. */
  private static final int SPAN_SECONDS = 157_766_400;

  /** Cumulative shares of 1 to 5 stars. */
  private static final double[] STARS = {0.06, 0.16, 0.40, 0.74, 1.0};

  /** Receives one generated interaction. */
  @FunctionalInterface
  public interface Sink {
    /** Takes user and item indices (ranks), stars 1-5 and a Unix time in seconds. */
    void accept(int user, int item, int stars, long time) throws IOException;
  }

  private final SyntheticConfig config;

  /** A generator of {@code config}. */
  public SyntheticInteractions(SyntheticConfig config) {
    this.config = Objects.requireNonNull(config, "config is required");
  }

  /**
   * How many interactions each user (by rank) gets: one each, the rest shared in proportion to
   * {@code (rank + 1)^-userExponent} rounded down, capped at {@link SyntheticConfig#maxPerUser()},
   * and what rounding and the cap leave handed out one at a time from the most active user on. Sums
   * to {@link SyntheticConfig#interactions()}.
   */
  public int[] userCounts() {
    int users = config.users();
    int cap = config.maxPerUser();
    double[] weights = new double[users];
    double total = 0;
    for (int r = 0; r < users; r++) {
      weights[r] = Math.pow(r + 1, -config.userExponent());
      total += weights[r];
    }
    long rest = config.interactions() - users;
    int[] counts = new int[users];
    long given = 0;
    for (int r = 0; r < users; r++) {
      counts[r] = (int) Math.min(cap, 1 + (long) Math.floor(rest * weights[r] / total));
      given += counts[r];
    }
    long left = config.interactions() - given;
    while (left > 0) {
      for (int r = 0; r < users && left > 0; r++) {
        if (counts[r] < cap) {
          counts[r]++;
          left--;
        }
      }
    }
    return counts;
  }

  /** Generates every interaction into {@code sink}, in order. */
  public void forEach(Sink sink) throws IOException {
    Objects.requireNonNull(sink, "sink is required");
    int items = config.items();
    double[] cumulative = new double[items];
    double sum = 0;
    for (int r = 0; r < items; r++) {
      sum += Math.pow(r + 1, -config.itemExponent());
      cumulative[r] = sum;
    }
    int[] counts = userCounts();
    // stamp[item] == user + 1 when the user already has the item: no clearing between users.
    int[] stamp = new int[items];
    SplittableRandom random = new SplittableRandom(config.seed());
    for (int user = 0; user < counts.length; user++) {
      int count = counts[user];
      int mark = user + 1;
      int taken = 0;
      long draws = 8L * count + 32;
      while (taken < count && draws-- > 0) {
        int item = draw(cumulative, sum, random);
        if (stamp[item] != mark) {
          stamp[item] = mark;
          sink.accept(user, item, stars(random), time(random));
          taken++;
        }
      }
      for (int item = random.nextInt(items); taken < count; item = (item + 1) % items) {
        if (stamp[item] != mark) {
          stamp[item] = mark;
          sink.accept(user, item, stars(random), time(random));
          taken++;
        }
      }
    }
  }

  /**
   * Writes every interaction as {@code user<TAB>item<TAB>stars<TAB>time} lines (the {@code u.data}
   * layout that {@code --format tsv} and Spark's CSV reader read; ids are the plain indices), and
   * returns how many it wrote.
   */
  public long writeTsv(Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
      return writeTsv(w);
    }
  }

  /** Writes every interaction to {@code w} as {@link #writeTsv(Path)} does; does not close it. */
  public long writeTsv(Writer w) throws IOException {
    long[] written = {0};
    StringBuilder line = new StringBuilder(40);
    forEach(
        (user, item, stars, time) -> {
          line.setLength(0);
          line.append(user).append('\t').append(item).append('\t').append(stars).append('\t');
          line.append(time).append('\n');
          w.append(line);
          written[0]++;
        });
    return written[0];
  }

  private static int draw(double[] cumulative, double sum, SplittableRandom random) {
    int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
    // Not found: the insertion point is the first rank whose cumulative weight exceeds the draw.
    return Math.min(at < 0 ? -at - 1 : at + 1, cumulative.length - 1);
  }

  private static int stars(SplittableRandom random) {
    double x = random.nextDouble();
    int s = 0;
    while (x >= STARS[s] && s < STARS.length - 1) {
      s++;
    }
    return s + 1;
  }

  private static long time(SplittableRandom random) {
    return FIRST_SECOND + random.nextInt(SPAN_SECONDS);
  }
}
