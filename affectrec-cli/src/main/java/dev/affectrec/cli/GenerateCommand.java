package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.eval.data.SyntheticConfig;
import dev.affectrec.eval.data.SyntheticInteractions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec generate --interactions N --out FILE}: writes synthetic interactions with Zipf
 * item popularity and skewed user activity ({@link SyntheticInteractions}), streaming, as {@code
 * user<TAB>item<TAB>stars<TAB>time}, for sizing a machine or a cluster before real data arrives.
 * The file is read by {@code --format tsv} (evaluate, recommend-file) and by Spark's CSV reader.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes synthetic interactions (Zipf item popularity, skewed user activity, one per"
          + " user and item) as user<TAB>item<TAB>stars<TAB>time, the same file for the same seed."
          + " Users and items default to MovieLens 25M's proportions (155 interactions per user,"
          + " 420 per item)."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--interactions",
      required = true,
      paramLabel = "N",
      description = "Distinct (user, item) pairs to write.")
  long interactions;

  @Option(names = "--users", paramLabel = "N", description = "Users (default: N / 155).")
  Integer users;

  @Option(names = "--items", paramLabel = "N", description = "Items (default: N / 420).")
  Integer items;

  @Option(
      names = "--item-exponent",
      defaultValue = "1.0",
      paramLabel = "S",
      description = "Zipf exponent of item popularity, 0 to 4 (default: ${DEFAULT-VALUE}).")
  double itemExponent;

  @Option(
      names = "--user-exponent",
      defaultValue = "0.5",
      paramLabel = "A",
      description = "Power-law exponent of user activity, 0 to 4 (default: ${DEFAULT-VALUE}).")
  double userExponent;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    SyntheticConfig config = InputException.fromInput(this::config);
    long written = new SyntheticInteractions(config).writeTsv(out);
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "wrote %,d interactions (%,d users, %,d items) to %s%n",
            written,
            config.users(),
            config.items(),
            out);
    return ExitCodes.OK;
  }

  private SyntheticConfig config() {
    SyntheticConfig shaped = SyntheticConfig.movieLensShaped(interactions, seed);
    return new SyntheticConfig(
        interactions,
        users == null ? shaped.users() : users,
        items == null ? shaped.items() : items,
        itemExponent,
        userExponent,
        seed);
  }
}
