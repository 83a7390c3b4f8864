package dev.affectrec.emotion.text.job;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A plain entry point until the CLI wires these jobs: {@code text TEXT...}, {@code batch} (stdin to
 * stdout) and {@code eval DATASET [INPUT_TSV]} (dev split of {@code -Daffectrec.data.dir} when no
 * input). Exit code 2 with a one-line message for bad input.
 */
public final class TextEmotionMain {
  private TextEmotionMain() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      fail("usage: text TEXT... | batch | eval DATASET [INPUT_TSV]");
    }
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2)) {
      switch (args[0]) {
        case "text" -> {
          for (TextEmotionResult r : recognizer.readAll(List.of(args).subList(1, args.length))) {
            System.out.println(r.toJson());
          }
        }
        case "batch" -> new BatchReadJob(recognizer).run(System.in, System.out);
        case "eval" -> {
          Path input = args.length > 2 ? Path.of(args[2]) : null;
          Path data = Path.of(System.getProperty("affectrec.data.dir", "../shared/data"));
          int limit = Integer.getInteger("affectrec.eval.limit", Integer.MAX_VALUE);
          ClassificationReport report =
              new EvalJob(recognizer).run(new EvalOptions(args[1], input, data, limit));
          System.out.print(report.render());
        }
        default -> fail("unknown command " + args[0]);
      }
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
    }
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(2);
  }
}
