package dev.affectrec.bench.emotion;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.emotion.text.TextLanguage;
import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.RatedText;
import dev.affectrec.emotion.text.eval.RegressionMetrics;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * How well the shipped pipeline's {@code intensity} follows human ratings on the VADER dev split
 * (the 20% of the tweets, Amazon and NYT snippets the intensity head never trained on), read end to
 * end exactly as users get it (256-token window), beside the derived formula of the same readings
 * (the larger of the negative and positive polarity scores, which equals {@code (1 - P(neutral)) *
 * max(P(neg|polar), P(pos|polar))}). Pearson r and mean absolute error against {@code |rating| /
 * 4}, per source, overall, and over the texts the router reads as English (text routed as
 * unsupported gets intensity 0). No training and no tuning here.
 *
 * <p>{@code java -cp benchmarks.jar dev.affectrec.bench.emotion.IntensityCheck DATA_DIR}
 */
public final class IntensityCheck {
  private IntensityCheck() {}

  private static double mean(double[] v) {
    return java.util.Arrays.stream(v).average().orElse(Double.NaN);
  }

  /** Entry point. */
  public static void main(String[] args) {
    List<RatedText> dev = DatasetCatalog.loadIntensity(Path.of(args[0])).dev();
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2)) {
      List<TextEmotionResult> results =
          recognizer.readAll(dev.stream().map(RatedText::text).toList());
      TreeSet<String> sources = new TreeSet<>();
      dev.forEach(r -> sources.add(r.source()));
      sources.add("all");
      sources.add("all routed English");
      for (String source : sources) {
        List<Integer> idx =
            java.util.stream.IntStream.range(0, dev.size())
                .filter(
                    i ->
                        source.equals("all")
                            || dev.get(i).source().equals(source)
                            || (source.equals("all routed English")
                                && results.get(i).language() == TextLanguage.EN))
                .boxed()
                .toList();
        double[] gold = new double[idx.size()];
        double[] head = new double[idx.size()];
        double[] formula = new double[idx.size()];
        for (int j = 0; j < idx.size(); j++) {
          EmotionReading r = results.get(idx.get(j)).reading();
          gold[j] = dev.get(idx.get(j)).intensity();
          head[j] = r.intensity();
          formula[j] = Math.max(r.polarity().negative(), r.polarity().positive());
        }
        System.out.printf(
            "%s (%d dev texts): Pearson r head %.3f formula %.3f; MAE head %.3f formula %.3f;"
                + " mean gold %.3f head %.3f formula %.3f%n",
            source,
            idx.size(),
            RegressionMetrics.pearson(head, gold),
            RegressionMetrics.pearson(formula, gold),
            RegressionMetrics.meanAbsoluteError(head, gold),
            RegressionMetrics.meanAbsoluteError(formula, gold),
            mean(gold),
            mean(head),
            mean(formula));
      }
    }
  }
}
