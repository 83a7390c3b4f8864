package dev.affectrec.eval.job;

import dev.affectrec.eval.data.DataFormat;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A plain entry point for running the jobs by hand before (or without) the picocli CLI, for example
 * {@code evaluate --format movielens --input DIR --protocol holdout --algorithms ease,als}.
 * Options: {@code --format --input --protocol --algorithms -k --out --json --fraction --seed
 * --last-n --validation} for evaluate; {@code --train --algorithm -k --out} for recommend-file;
 * {@code --train --test --algorithm --out} for predict-file. Exit code 2 for usage or input errors
 * (one line on stderr), 1 for runtime failures.
 */
public final class JobMain {
  private JobMain() {}

  /** Runs the command in {@code args[0]} and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0) {
        throw new JobInputException("usage: evaluate|recommend-file|predict-file [options]");
      }
      Map<String, String> o = options(args);
      DataFormat format = DataFormat.parse(o.getOrDefault("--format", "tsv"));
      int k = Integer.parseInt(o.getOrDefault("-k", "10"));
      switch (args[0]) {
        case "evaluate" ->
            new EvaluateJob()
                .run(
                    new EvaluateOptions(
                        format,
                        Path.of(required(o, "--input")),
                        required(o, "--protocol"),
                        required(o, "--algorithms"),
                        k,
                        o.containsKey("--out") ? Path.of(o.get("--out")) : null,
                        o.containsKey("--json"),
                        Double.parseDouble(o.getOrDefault("--fraction", "0.2")),
                        Long.parseLong(o.getOrDefault("--seed", "42")),
                        Integer.parseInt(o.getOrDefault("--last-n", "0")),
                        o.containsKey("--validation")),
                    out,
                    err);
        case "recommend-file" ->
            new RecommendFileJob()
                .run(
                    new RecommendFileOptions(
                        format,
                        Path.of(required(o, "--train")),
                        required(o, "--algorithm"),
                        k,
                        Path.of(required(o, "--out"))));
        case "predict-file" ->
            new PredictFileJob()
                .run(
                    new PredictFileOptions(
                        format,
                        Path.of(required(o, "--train")),
                        Path.of(required(o, "--test")),
                        required(o, "--algorithm"),
                        Path.of(required(o, "--out"))));
        default -> throw new JobInputException("unknown command '" + args[0] + "'");
      }
      return 0;
    } catch (JobInputException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("failed: " + e);
      return 1;
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int n = 1; n < args.length; n++) {
      String key = args[n];
      if (key.equals("--json") || key.equals("--validation")) {
        o.put(key, "true");
      } else if (n + 1 < args.length) {
        o.put(key, args[++n]);
      } else {
        throw new JobInputException("option " + key + " needs a value");
      }
    }
    return o;
  }

  private static String required(Map<String, String> o, String key) {
    String v = o.get(key);
    if (v == null) {
      throw new JobInputException("missing required option " + key);
    }
    return v;
  }
}
