package dev.affectrec.emotion.text.job;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.DatasetFiles;
import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.eval.Metrics;
import dev.affectrec.emotion.text.head.TextHead;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code emotion eval}: scores one task head through the full inference pipeline (encoder windows,
 * chunking, quantised heads, calibration) and reports accuracy, macro-F1, per-class F1, the
 * confusion matrix and ECE.
 */
public final class EvalJob {
  private final TextEmotionRecognizer recognizer;

  /** A job scoring {@code recognizer}'s heads. */
  public EvalJob(TextEmotionRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /**
   * Runs the evaluation.
   *
   * @throws IllegalArgumentException for an unknown dataset or a malformed input line (named)
   */
  public ClassificationReport run(EvalOptions options) throws IOException {
    TextHead head = recognizer.head(options.dataset());
    List<Example> examples =
        options.input() != null
            ? readTsv(options.input(), head.labels())
            : DatasetCatalog.load(options.dataset(), options.dataDir()).dev();
    if (examples.size() > options.limit()) {
      examples = examples.subList(0, options.limit());
    }
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to evaluate");
    }
    List<double[]> p =
        recognizer.taskProbabilities(
            options.dataset(), examples.stream().map(Example::text).toList());
    return Metrics.report(
        head.labels(),
        p,
        examples.stream().map(Example::labels).toList(),
        head.multiLabel() ? head.threshold() : Double.NaN);
  }

  static List<Example> readTsv(java.nio.file.Path file, List<String> labels) throws IOException {
    return DatasetFiles.parseLines(
        file,
        (line, lineNo) -> {
          int tab = line.lastIndexOf('\t');
          if (tab < 0) {
            throw new IllegalArgumentException(
                file + " line " + lineNo + ": expected text<TAB>label");
          }
          int[] ids =
              Arrays.stream(line.substring(tab + 1).strip().split(","))
                  .mapToInt(l -> labelIndex(l.strip(), labels, file, lineNo))
                  .toArray();
          return new Example(line.substring(0, tab), ids);
        });
  }

  private static int labelIndex(
      String label, List<String> labels, java.nio.file.Path file, int line) {
    int named = labels.indexOf(label);
    if (named >= 0) {
      return named;
    }
    try {
      int index = Integer.parseInt(label);
      if (index >= 0 && index < labels.size()) {
        return index;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        file + " line " + line + ": unknown label '" + label + "'; expected one of " + labels);
  }
}
