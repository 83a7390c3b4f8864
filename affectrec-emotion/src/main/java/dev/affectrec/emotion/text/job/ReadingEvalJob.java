package dev.affectrec.emotion.text.job;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.emotion.text.HeadBundles;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.TextDataset;
import dev.affectrec.emotion.text.rules.ReadingRules;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the reading users get ({@code top} and {@code polarity}), not a per-dataset head, on a
 * dataset's dev split: polarity sets by accuracy (a text counts as positive when {@code
 * polarity.positive} exceeds {@code polarity.negative}), emotion sets by macro-F1 of {@code top}
 * over the gold classes, on texts with a single gold label (CARER's love counts as joy). The
 * encoders run once; the reading is assembled under each rule set given, so rules can be compared
 * on the same embeddings.
 */
public final class ReadingEvalJob {
  private final TextEmotionRecognizer recognizer;

  /** A job scoring {@code recognizer}'s readings. */
  public ReadingEvalJob(TextEmotionRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /**
   * One dataset's scores.
   *
   * @param dataset name in {@link DatasetCatalog#NAMES}
   * @param metric {@code accuracy} or {@code macroF1}
   * @param texts dev texts scored
   * @param scores one per rule set, in the order given
   */
  public record Score(String dataset, String metric, int texts, List<Double> scores) {
    /** One Markdown table row: dataset, metric, texts, then the scores. */
    public String row() {
      StringBuilder out =
          new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %,d", dataset, metric, texts));
      for (double s : scores) {
        out.append(String.format(Locale.ROOT, " | %.4f", s));
      }
      return out.append(" |").toString();
    }
  }

  /**
   * Scores the first {@code limit} single-label dev examples of {@code dataset}.
   *
   * @throws IllegalArgumentException for an unknown dataset or one with no single-label dev text
   */
  public Score run(String dataset, Path dataDir, int limit, List<ReadingRules> rules) {
    TextDataset ds = DatasetCatalog.load(dataset, dataDir);
    boolean polarity = ds.labels().equals(List.of("negative", "positive"));
    List<Example> examples = new ArrayList<>();
    for (Example e : ds.dev()) {
      if (e.labels().length == 1 && examples.size() < limit) {
        examples.add(e);
      }
    }
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("dataset " + dataset + " has no single-label dev text");
    }
    List<List<TextEmotionResult>> read =
        recognizer.readAllUnder(
            examples.stream().map(Example::text).toList(),
            rules,
            Subject.session("eval"),
            Instant.EPOCH);
    List<Double> scores = new ArrayList<>();
    for (List<TextEmotionResult> results : read) {
      scores.add(polarity ? accuracy(examples, results) : macroF1(ds.labels(), examples, results));
    }
    return new Score(dataset, polarity ? "accuracy" : "macroF1", examples.size(), scores);
  }

  private static double accuracy(List<Example> examples, List<TextEmotionResult> results) {
    int correct = 0;
    for (int i = 0; i < examples.size(); i++) {
      var p = results.get(i).reading().polarity();
      int predicted = p.positive() > p.negative() ? 1 : 0;
      correct += predicted == examples.get(i).labels()[0] ? 1 : 0;
    }
    return correct / (double) examples.size();
  }

  private static double macroF1(
      List<String> labels, List<Example> examples, List<TextEmotionResult> results) {
    int k = Emotion.values().length;
    int[] tp = new int[k];
    int[] fp = new int[k];
    int[] fn = new int[k];
    boolean[] gold = new boolean[k];
    for (int i = 0; i < examples.size(); i++) {
      int truth = unified(labels.get(examples.get(i).labels()[0])).ordinal();
      int top = results.get(i).reading().top().ordinal();
      gold[truth] = true;
      if (top == truth) {
        tp[top]++;
      } else {
        fp[top]++;
        fn[truth]++;
      }
    }
    double sum = 0;
    int classes = 0;
    for (int c = 0; c < k; c++) {
      if (gold[c]) {
        double denominator = 2.0 * tp[c] + fp[c] + fn[c];
        sum += denominator == 0 ? 0 : 2.0 * tp[c] / denominator;
        classes++;
      }
    }
    return sum / classes;
  }

  /** The dev sets the reading is scored on, English first. */
  public static final List<String> DATASETS =
      List.of(
          "sst2",
          "vader-polarity",
          "goemotions-ekman",
          "carer",
          "chnsenticorp",
          "online-shopping",
          "nlpcc");

  /**
   * Scores the reading on {@link #DATASETS} (the first 800 single-label dev texts each, or {@code
   * LIMIT}) with and without the shipped rules and prints one Markdown row per set: {@code
   * ReadingEvalJob DATA_DIR [EN_BUNDLE ZH_BUNDLE] [LIMIT]} (default: the bundles shipped in the
   * jar).
   */
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    int limit = args.length % 2 == 0 ? Integer.parseInt(args[args.length - 1]) : 800;
    try (TextEmotionRecognizer recognizer =
        args.length > 2
            ? TextEmotionRecognizer.load(
                HeadBundles.fromFile(Path.of(args[1])), HeadBundles.fromFile(Path.of(args[2])), 2)
            : TextEmotionRecognizer.loadDefault(2)) {
      ReadingEvalJob job = new ReadingEvalJob(recognizer);
      System.out.println("| dev set | metric | texts | heads only | with rules |");
      for (String dataset : DATASETS) {
        System.out.println(
            job.run(dataset, data, limit, List.of(ReadingRules.NONE, ReadingRules.SHIPPED)).row());
      }
    }
  }

  /** A dataset label as a unified emotion: CARER's love is joy. */
  static Emotion unified(String label) {
    return label.equals("love") ? Emotion.JOY : Emotion.valueOf(label.toUpperCase(Locale.ROOT));
  }
}
