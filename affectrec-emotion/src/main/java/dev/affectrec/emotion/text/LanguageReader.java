package dev.affectrec.emotion.text;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import dev.affectrec.emotion.text.features.HeadInputs;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.Intensity;
import dev.affectrec.emotion.text.head.LanguageTasks;
import dev.affectrec.emotion.text.head.SparseRow;
import dev.affectrec.emotion.text.rules.AffectCues;
import dev.affectrec.emotion.text.rules.EmojiNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One language's encoder and heads. Reads texts into raw head outputs: the 7-way emotion
 * distribution and binary polarity (each combined from several heads by {@link HeadMix}), the
 * intensity (English: the trained head; Chinese: derived from the other two), (English) GoEmotions'
 * 28 labels and the text's lexicon {@link AffectCues}. Emoji reach the encoder and the TF-IDF
 * n-grams spelled out ({@link EmojiNames}); the cue features see the text as written. Thread-safe.
 */
final class LanguageReader implements AutoCloseable {
  /** Windows per text at most: 64 x 254 word pieces; later text is ignored. */
  static final int MAX_WINDOWS = 64;

  private final SentenceEncoder encoder;
  private final HeadBundle bundle;
  private final boolean chinese;
  private final LanguageTasks tasks;
  private final HeadMix mix;

  LanguageReader(SentenceEncoder encoder, HeadBundle bundle) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    if (!bundle.encoder().equals(encoder.spec().name())) {
      throw new IllegalArgumentException(
          "heads expect encoder " + bundle.encoder() + " but got " + encoder.spec().name());
    }
    this.chinese = bundle.language().equals("zh");
    this.tasks = LanguageTasks.of(bundle.language());
    tasks.requireHeads(bundle);
    this.mix = HeadMix.of(bundle);
  }

  /** Raw outputs of one text, before any rule. */
  record Output(
      double[] emotions,
      double[] polarity,
      double intensity,
      Map<String, Double> fine,
      AffectCues cues) {}

  String encoderName() {
    return encoder.spec().name();
  }

  HeadBundle bundle() {
    return bundle;
  }

  /** Reads every text in one batched encoder pass. */
  List<Output> read(List<String> texts) {
    List<String> spelled = texts.stream().map(EmojiNames::describe).toList();
    float[][] vectors = encoder.embed(spelled, MAX_WINDOWS);
    List<Output> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      SparseRow emb = HeadInputs.embeddingRow(vectors[i], texts.get(i), chinese);
      SparseRow tfidf = bundle.vocabulary().transform(spelled.get(i));
      double[] p =
          tasks.fine() == null ? null : bundle.head(tasks.fine()).probabilities(emb, tfidf);
      double[] emotions = mix.emotions(texts.get(i), emb, tfidf, p);
      double[] polarity = mix.polarity(emb, tfidf);
      double intensity =
          tasks.intensity() == null
              ? Intensity.derived(emotions[Emotion.NEUTRAL.ordinal()], polarity)
              : Intensity.predict(bundle.head(tasks.intensity()), emb, tfidf);
      Map<String, Double> fine = new LinkedHashMap<>();
      if (p != null) {
        List<String> labels = bundle.head(tasks.fine()).labels();
        for (int k = 0; k < p.length; k++) {
          fine.put(labels.get(k), p[k]);
        }
      }
      out.add(
          new Output(emotions, polarity, intensity, fine, AffectCues.of(texts.get(i), chinese)));
    }
    return out;
  }

  /** Calibrated probabilities of one task head for every text (batched encoder pass). */
  List<double[]> taskProbabilities(String task, List<String> texts) {
    List<String> spelled = texts.stream().map(EmojiNames::describe).toList();
    float[][] vectors = encoder.embed(spelled, MAX_WINDOWS);
    List<double[]> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      SparseRow emb = HeadInputs.embeddingRow(vectors[i], texts.get(i), chinese);
      out.add(bundle.head(task).probabilities(emb, bundle.vocabulary().transform(spelled.get(i))));
    }
    return out;
  }

  @Override
  public void close() {
    encoder.close();
  }
}
