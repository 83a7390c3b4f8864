package dev.affectrec.emotion.text;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.LanguageTasks;
import dev.affectrec.emotion.text.head.SparseRow;
import dev.affectrec.emotion.text.head.TextHead;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a language's reading combines the heads of its bundle: the one home of that rule. Every head
 * reads the same embedding and TF-IDF row, so a second head costs a few microseconds and no encoder
 * pass. The rule (chosen on dev splits only, docs/EVALUATION.md "Combining the heads in the
 * reading"):
 *
 * <ul>
 *   <li><b>English emotions.</b> A text that states a feeling (the word {@code feel}, {@code
 *       feels}, {@code feeling} or {@code felt}, any case) is read as the mean of the unified head
 *       ({@link LanguageTasks#emotion()}, {@code emotion-en}) and the CARER head; CARER has no
 *       neutral class, so it keeps the unified head's neutral probability {@code n} and spreads
 *       {@code 1 - n} over its own emotions, love as joy. Any other text is read as the mean of the
 *       unified head and GoEmotions' 28-label head summed into Ekman + neutral by GoEmotions' own
 *       mapping ({@link #GOEMOTIONS_EKMAN}).
 *   <li><b>English polarity.</b> The unified head ({@code polarity-en}) alone.
 *   <li><b>Chinese emotions.</b> The NLPCC head alone (the only Chinese emotion corpus).
 *   <li><b>Chinese polarity.</b> {@code (2 * polarity-zh + chnsenticorp) / 3}: the unified head
 *       with the ChnSentiCorp head at half its weight, which reads reviews unlike online shopping's
 *       better without giving up much of online shopping's.
 * </ul>
 *
 * <p>Outputs are calibrated probabilities: emotions in {@link Emotion} order summing to 1, polarity
 * {@code [negative, positive]}. Immutable and thread-safe.
 */
final class HeadMix {
  /** The English words that make a text one that states a feeling. */
  static final Pattern STATES_A_FEELING =
      Pattern.compile("\\b(?:feel|feels|feeling|felt)\\b", Pattern.CASE_INSENSITIVE);

  /** Weight of the ChnSentiCorp head in the Chinese polarity; the unified head has the rest. */
  static final double CHNSENTICORP_WEIGHT = 1 / 3.0;

  /**
   * GoEmotions' Ekman mapping ({@code ekman_mapping.json} of the GoEmotions release, Apache-2.0):
   * each of its 27 emotion labels to its Ekman emotion; {@code neutral} is neutral.
   */
  static final Map<String, Emotion> GOEMOTIONS_EKMAN = goEmotionsEkman();

  private final TextHead emotion;
  private final TextHead polarity;
  private final TextHead feeling;
  private final TextHead secondPolarity;
  private final int[] fineToEkman;

  private HeadMix(HeadBundle bundle) {
    LanguageTasks tasks = LanguageTasks.of(bundle.language());
    this.emotion = bundle.head(tasks.emotion());
    this.polarity = bundle.head(tasks.polarity());
    requireLabels(emotion, Emotion.values().length);
    boolean chinese = bundle.language().equals("zh");
    this.feeling = chinese ? null : bundle.head("carer");
    this.secondPolarity = chinese ? bundle.head("chnsenticorp") : null;
    this.fineToEkman = chinese ? null : ekmanIndex(bundle.head(tasks.fine()).labels());
  }

  /**
   * The mix of {@code bundle}'s language.
   *
   * @throws IllegalArgumentException if the bundle lacks a head the mix reads
   */
  static HeadMix of(HeadBundle bundle) {
    return new HeadMix(bundle);
  }

  /**
   * The 7-way emotion distribution of one text, in {@link Emotion} order.
   *
   * @param fine the probabilities of the bundle's fine-grained head ({@link LanguageTasks#fine()})
   *     for this text: the caller computes them once, as it reports them too; required in English,
   *     ignored in Chinese
   */
  double[] emotions(String text, SparseRow embedding, SparseRow tfidf, double[] fine) {
    double[] unified = emotion.probabilities(embedding, tfidf);
    if (feeling == null) {
      return unified;
    }
    double[] other =
        STATES_A_FEELING.matcher(text).find()
            ? feelingHead(feeling.probabilities(embedding, tfidf), unified[neutral()])
            : summed(Objects.requireNonNull(fine, "fine"), fineToEkman);
    return ReadingAssembler.blend(unified, other, 0.5);
  }

  /** The binary polarity {@code [negative, positive]} of one text. */
  double[] polarity(SparseRow embedding, SparseRow tfidf) {
    double[] unified = polarity.probabilities(embedding, tfidf);
    if (secondPolarity == null) {
      return unified;
    }
    return ReadingAssembler.blend(
        secondPolarity.probabilities(embedding, tfidf), unified, CHNSENTICORP_WEIGHT);
  }

  /** A head without neutral (CARER) in {@link Emotion} order, keeping {@code neutral}'s mass. */
  private double[] feelingHead(double[] p, double neutral) {
    double[] out = new double[Emotion.values().length];
    List<String> labels = feeling.labels();
    for (int k = 0; k < p.length; k++) {
      out[unified(labels.get(k)).ordinal()] += p[k] * (1 - neutral);
    }
    out[neutral()] = neutral;
    return out;
  }

  private static double[] summed(double[] p, int[] index) {
    double[] out = new double[Emotion.values().length];
    for (int k = 0; k < p.length; k++) {
      out[index[k]] += p[k];
    }
    return out;
  }

  private static int neutral() {
    return Emotion.NEUTRAL.ordinal();
  }

  /** A label of a 7-way or CARER head as an {@link Emotion}: CARER's love is joy. */
  private static Emotion unified(String label) {
    return label.equals("love") ? Emotion.JOY : Emotion.valueOf(label.toUpperCase(Locale.ROOT));
  }

  private static int[] ekmanIndex(List<String> labels) {
    int[] index = new int[labels.size()];
    for (int k = 0; k < index.length; k++) {
      Emotion e = GOEMOTIONS_EKMAN.get(labels.get(k));
      if (e == null) {
        throw new IllegalArgumentException(
            "GoEmotions head label '" + labels.get(k) + "' has no Ekman emotion");
      }
      index[k] = e.ordinal();
    }
    return index;
  }

  private static void requireLabels(TextHead head, int count) {
    List<String> expected =
        Arrays.stream(Emotion.values()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    if (!head.labels().equals(expected.subList(0, count))) {
      throw new IllegalArgumentException(
          "head " + head.task() + " must list the unified emotions in order: " + head.labels());
    }
  }

  private static Map<String, Emotion> goEmotionsEkman() {
    Map<Emotion, List<String>> byEkman =
        Map.of(
            Emotion.ANGER, List.of("anger", "annoyance", "disapproval"),
            Emotion.DISGUST, List.of("disgust"),
            Emotion.FEAR, List.of("fear", "nervousness"),
            Emotion.JOY,
                List.of(
                    "joy",
                    "amusement",
                    "approval",
                    "excitement",
                    "gratitude",
                    "love",
                    "optimism",
                    "relief",
                    "pride",
                    "admiration",
                    "desire",
                    "caring"),
            Emotion.SADNESS,
                List.of("sadness", "disappointment", "embarrassment", "grief", "remorse"),
            Emotion.SURPRISE, List.of("surprise", "realization", "confusion", "curiosity"),
            Emotion.NEUTRAL, List.of("neutral"));
    Map<String, Emotion> out = new HashMap<>();
    byEkman.forEach((ekman, labels) -> labels.forEach(l -> out.put(l, ekman)));
    return Map.copyOf(out);
  }
}
