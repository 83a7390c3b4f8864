package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.serving.ModelDirectory;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --base}, {@code --retrain-every}, {@code --tune} and {@code --tune-budget} options of
 * commands that serve models.
 */
public final class RecommenderOptions {

  @Option(
      names = "--base",
      paramLabel = "ALGORITHM",
      description =
          "Collaborative-filtering algorithm under the hybrid, as an algorithm spec (default:"
              + " ${DEFAULT-VALUE}; als suits catalogues too large for EASE's item-item matrix).",
      defaultValue = "ease")
  String base;

  @Option(
      names = "--retrain-every",
      paramLabel = "DURATION",
      description =
          "Retrain in the background this often when events arrived, such as 30s, 10m or 1h; 0"
              + " retrains only on demand (default: ${DEFAULT-VALUE}).",
      defaultValue = "10m")
  String retrainEvery;

  @Option(
      names = "--tune",
      description =
          "Before each training, tune the base's parameters by random search on a validation cut"
              + " of the store's interactions (20%% of each user's held out), train the winner, log"
              + " the choice and record it in the model's manifest.")
  boolean tune;

  @Option(
      names = "--tune-budget",
      defaultValue = "8",
      paramLabel = "N",
      description =
          "Trials per training for --tune, the base as written included (default:"
              + " ${DEFAULT-VALUE}).")
  int tuneBudget;

  /** The serving options these flags give. */
  public ServingOptions options() {
    Duration interval = duration(retrainEvery, "--retrain-every");
    if (tuneBudget < 1) {
      throw new InputException("--tune-budget must be at least 1 but was " + tuneBudget);
    }
    int budget = tune ? tuneBudget : 0;
    return InputException.fromInput(
        () ->
            ServingOptions.DEFAULTS
                .withBase(base)
                .withRetrainInterval(interval)
                .withTuneBudget(budget));
  }

  /**
   * A recommendation service over {@code events} with the models of {@code dataDir} on the system
   * clock, for the commands that train or answer in their own process.
   */
  static RecommendationService service(
      EventStore events, Path dataDir, ServingOptions options, ReviewReadingListener reader) {
    return new RecommendationService(events, models(dataDir), options, reader, Clock.systemUTC());
  }

  /** The model directory of {@code dataDir}: {@code dataDir/models}. */
  public static ModelDirectory models(Path dataDir) {
    return new ModelDirectory(dataDir.resolve("models"));
  }

  /**
   * Parses {@code 0}, {@code 45s}, {@code 10m}, {@code 2h} or an ISO-8601 duration given to {@code
   * option}.
   */
  static Duration duration(String raw, String option) {
    String s = raw.trim().toLowerCase(Locale.ROOT);
    try {
      if (s.equals("0")) {
        return Duration.ZERO;
      }
      if (s.startsWith("p")) {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      }
      long n = Long.parseLong(s.substring(0, s.length() - 1));
      return switch (s.charAt(s.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new NumberFormatException();
      };
    } catch (RuntimeException e) {
      throw new InputException(
          option + " must be 0 or a duration such as 30s, 10m or 1h but was '" + raw + "'");
    }
  }
}
