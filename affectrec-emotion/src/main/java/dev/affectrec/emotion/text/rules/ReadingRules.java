package dev.affectrec.emotion.text.rules;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Emotion;

/**
 * Folds a text's {@link AffectCues} into the heads' calibrated outputs. Pure and cheap (no model
 * call).
 *
 * <ul>
 *   <li><b>Polarity.</b> The lexicon's polarity is {@code sigmoid(slope * valence)}. When a
 *       negation flipped a word it gets weight {@code negatedWeight}; when another rule fired
 *       (contrast, emoji or emoticon, stated emotion) {@code firedWeight}; otherwise {@code
 *       plainWeight}; each is scaled down in text longer than {@code shortText} words (by {@code
 *       shortText / words}: in a long review the model has read far more than a few lexicon words)
 *       and for a weak valence ({@code min(1, |valence|)}), so a text the lexicons barely read
 *       keeps the model's polarity.
 *   <li><b>Stated emotions.</b> Emotion words vote, then emoji and emoticons: the distribution
 *       becomes {@code (1 - ww) * model + ww * wordVotes / sum(wordVotes)} when a word voted, with
 *       {@code ww = wordWeight * min(1, shortText / words)}, and that becomes {@code (1 - sw) * it
 *       + sw * symbolVotes / sum(symbolVotes)} when a symbol voted. Words weigh less than symbols:
 *       the model reads an emotion word itself (and its context, as in "i feel ... but ...").
 *       Symbols: in Chinese {@code sw = symbolWeight}; in English {@code sw = symbolWeight * (1 -
 *       m)}, where {@code m} is the model's largest non-neutral emotion probability, because the
 *       English encoder reads an emoji's spelled-out name ("pouting face") and its context: a
 *       symbol decides a text the model reads as neutral or is unsure of, not one whose words
 *       already state an emotion ("I love the DC movies :(" stays joy). The Chinese encoder gets
 *       those English names inside Chinese text and does not read them as emotions.
 *   <li><b>Consistency.</b> After a fired rule, a clearly positive polarity (above 0.6) shrinks the
 *       unvoted negative emotions, a clearly negative one shrinks unvoted joy: "not bad" must not
 *       read anger, "not happy" must not read joy. The factor is {@code 0.3} in text up to {@code
 *       shortText} words and {@code 1 - 0.7 * shortText / words} in longer text, where a negated or
 *       stated word is a small part of what the model read.
 * </ul>
 *
 * @param negatedWeight weight of the lexicon polarity when a negation flipped a word, in [0, 1]
 * @param firedWeight weight of the lexicon polarity after another fired rule, in [0, 1]
 * @param plainWeight weight of the lexicon polarity otherwise, in [0, 1]
 * @param wordWeight weight of the emotions stated by words, in [0, 1]
 * @param symbolWeight weight of the emotions stated by emoji and emoticons, in [0, 1]
 * @param slope of the lexicon polarity per unit of valence, positive
 * @param shortText text length in words (Han characters / 1.5) up to which the polarity weights
 *     apply in full, at least 1
 */
public record ReadingRules(
    double negatedWeight,
    double firedWeight,
    double plainWeight,
    double wordWeight,
    double symbolWeight,
    double slope,
    double shortText) {
  /** The rules of the shipped reading (chosen on dev splits, docs/EVALUATION.md). */
  public static final ReadingRules SHIPPED = new ReadingRules(0.75, 0.5, 0.0, 0.4, 0.7, 0.8, 10);

  /** No rules: the heads' outputs unchanged. */
  public static final ReadingRules NONE = new ReadingRules(0, 0, 0, 0, 0, 1, 1);

  private static final double CLEAR = 0.6;
  private static final double SHRINK = 0.3;

  /** Validates the fields. */
  public ReadingRules {
    Arguments.requireInRange(negatedWeight, 0, 1, "negatedWeight");
    Arguments.requireInRange(firedWeight, 0, 1, "firedWeight");
    Arguments.requireInRange(plainWeight, 0, 1, "plainWeight");
    Arguments.requireInRange(wordWeight, 0, 1, "wordWeight");
    Arguments.requireInRange(symbolWeight, 0, 1, "symbolWeight");
    Arguments.requireInRange(slope, 1e-6, 100, "slope");
    Arguments.requireInRange(shortText, 1, 10_000, "shortText");
  }

  /**
   * The adjusted outputs.
   *
   * @param emotions calibrated 7-way distribution in {@link Emotion} order
   * @param polarity calibrated [negative, positive]
   * @param cues the text's cues
   * @return new arrays; the inputs are not changed
   */
  public Adjusted apply(double[] emotions, double[] polarity, AffectCues cues) {
    double[] e = emotions.clone();
    double[] p = polarity.clone();
    if (cues.hits() == 0 || this.equals(NONE)) {
      return new Adjusted(e, p);
    }
    boolean fired = cues.fired();
    double rule = cues.negated() ? negatedWeight : fired ? firedWeight : plainWeight;
    double w = rule * Math.min(1, Math.abs(cues.valence())) * Math.min(1, shortText / cues.words());
    if (w > 0) {
      double positive = 1 / (1 + Math.exp(-slope * cues.valence()));
      p[1] = (1 - w) * p[1] + w * positive;
      p[0] = 1 - p[1];
    }
    double shortness = Math.min(1, shortText / cues.words());
    mixVotes(e, cues.wordVotes(), wordWeight * shortness);
    mixVotes(e, cues.symbolVotes(), symbolWeight * (cues.chinese() ? 1 : doubt(emotions)));
    double[] votes = cues.votes();
    if (fired) {
      double shrinkBy = 1 - (1 - SHRINK) * shortness;
      for (Emotion emotion : Emotion.values()) {
        int k = emotion.ordinal();
        boolean shrink =
            votes[k] == 0
                && (p[1] > CLEAR && LexiconEntry.negativeEmotion(emotion)
                    || p[0] > CLEAR && emotion == Emotion.JOY);
        if (shrink) {
          e[k] *= shrinkBy;
        }
      }
    }
    return new Adjusted(e, p);
  }

  /** {@code 1 - } the largest non-neutral probability of a model's emotion distribution. */
  static double doubt(double[] emotions) {
    double largest = 0;
    for (Emotion emotion : Emotion.values()) {
      if (emotion != Emotion.NEUTRAL) {
        largest = Math.max(largest, emotions[emotion.ordinal()]);
      }
    }
    return Math.max(0, 1 - largest);
  }

  /** {@code e = (1 - weight) * e + weight * votes / sum(votes)} in place, if any vote was cast. */
  private static void mixVotes(double[] e, double[] votes, double weight) {
    double total = 0;
    for (double v : votes) {
      total += v;
    }
    if (total > 1e-9) {
      for (int k = 0; k < e.length; k++) {
        e[k] = (1 - weight) * e[k] + weight * votes[k] / total;
      }
    }
  }

  /**
   * Adjusted outputs.
   *
   * @param emotions 7 scores in {@link Emotion} order (not necessarily summing to 1)
   * @param polarity [negative, positive], summing to 1
   */
  public record Adjusted(double[] emotions, double[] polarity) {}
}
