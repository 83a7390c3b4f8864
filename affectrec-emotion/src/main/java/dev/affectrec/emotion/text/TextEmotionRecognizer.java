package dev.affectrec.emotion.text;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionRecognizer;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.Intensity;
import dev.affectrec.emotion.text.head.LanguageTasks;
import dev.affectrec.emotion.text.rules.ReadingRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads emotion from English and Chinese text with bge-small encoders and the trained heads (see
 * {@link LanguageRouter} for routing and mixed text). Batches are grouped by language and embedded
 * in length-sorted batches of at most 32 windows and 512 padded tokens. Texts longer than one
 * 256-token window are read as up to 64 windows whose embeddings are averaged. The reading's
 * intensity is the trained head's for English and the derived formula's for Chinese (see {@link
 * dev.affectrec.emotion.text.head.Intensity}); mixed text blends the two like the distributions.
 * Each language's emotions and polarity combine several of its heads ({@link HeadMix}). Each
 * language's emotions and polarity then pass the {@link ReadingRules#SHIPPED} rules (negation,
 * contrast, emoji and emoticons, emotions stated outright) before they are blended.
 *
 * <p>Thread-safe; loading takes a few seconds, so create one and share it. Close it to free the
 * native ONNX sessions.
 */
public final class TextEmotionRecognizer implements EmotionRecognizer<String>, AutoCloseable {
  /** Model name of readings that no model produced (empty or unsupported input). */
  public static final String NO_MODEL = "affectrec-text-emotion/none";

  /** Encoder windows read per text at most; text beyond them is ignored. */
  public static final int MAX_WINDOWS = LanguageReader.MAX_WINDOWS;

  private final LanguageReader english;
  private final LanguageReader chinese;
  private final Clock clock;

  private TextEmotionRecognizer(LanguageReader english, LanguageReader chinese, Clock clock) {
    this.english = english;
    this.chinese = chinese;
    this.clock = clock;
  }

  /**
   * Loads the encoders from the langchain4j jars and the head bundles shipped in this jar.
   *
   * @param threads ONNX calls run at once per encoder (each on one thread), at least 1
   * @throws IllegalStateException if a model or head resource is missing or corrupt
   */
  public static TextEmotionRecognizer loadDefault(int threads) {
    return load(HeadBundles.shipped("en"), HeadBundles.shipped("zh"), threads);
  }

  /** Loads the encoders for the given bundles, with the shipped window of 256 tokens. */
  public static TextEmotionRecognizer load(HeadBundle en, HeadBundle zh, int threads) {
    return load(en, zh, threads, EncoderSpec.BGE_SMALL_EN.windowTokens());
  }

  /**
   * Loads the encoders for the given bundles with another encoder window (texts longer than it are
   * read as several windows), for measuring the window's effect on accuracy and speed.
   *
   * @param threads ONNX calls run at once per encoder, at least 1
   * @param windowTokens tokens per encoder window including [CLS] and [SEP], in [8, 512]
   * @throws IllegalArgumentException if a bundle lacks a head a reading needs, for example an
   *     English bundle trained before the intensity head (no silent fallback to the formula: the
   *     two intensities are on different scales)
   */
  public static TextEmotionRecognizer load(
      HeadBundle en, HeadBundle zh, int threads, int windowTokens) {
    return load(en, zh, threads, windowTokens, Clock.systemUTC());
  }

  /**
   * Loads as {@link #load(HeadBundle, HeadBundle, int, int)} does; readings made "now" ({@link
   * #read}, {@link #readAll(List)}) take {@code clock}'s time.
   *
   * @param clock never null
   */
  public static TextEmotionRecognizer load(
      HeadBundle en, HeadBundle zh, int threads, int windowTokens, Clock clock) {
    Objects.requireNonNull(clock, "clock is required");
    // Check the heads before the encoders take seconds to load.
    LanguageTasks.ENGLISH.requireHeads(en);
    LanguageTasks.CHINESE.requireHeads(zh);
    HeadMix.of(en);
    HeadMix.of(zh);
    SentenceEncoder enEncoder =
        SentenceEncoder.load(EncoderSpec.BGE_SMALL_EN.withWindowTokens(windowTokens), threads);
    try {
      SentenceEncoder zhEncoder =
          SentenceEncoder.load(EncoderSpec.BGE_SMALL_ZH.withWindowTokens(windowTokens), threads);
      return new TextEmotionRecognizer(
          new LanguageReader(enEncoder, en), new LanguageReader(zhEncoder, zh), clock);
    } catch (RuntimeException e) {
      enEncoder.close();
      throw e;
    }
  }

  @Override
  public Modality modality() {
    return Modality.TEXT;
  }

  @Override
  public EmotionReading recognize(String input, Subject subject, Instant time) {
    return readAll(List.of(Objects.requireNonNull(input, "input")), subject, time).get(0).reading();
  }

  /** The batched path of {@link #readAll(List, Subject, Instant)}, without the extra outputs. */
  @Override
  public List<EmotionReading> recognizeAll(List<String> inputs, Subject subject, Instant time) {
    return readAll(inputs, subject, time).stream().map(TextEmotionResult::reading).toList();
  }

  /** Reads one text about an anonymous session, at the recognizer's clock's time. */
  public TextEmotionResult read(String text) {
    return readAll(List.of(text)).get(0);
  }

  /**
   * Reads texts about an anonymous session, at the recognizer's clock's time; result i belongs to
   * text i.
   */
  public List<TextEmotionResult> readAll(List<String> texts) {
    return readAll(texts, Subject.session("anonymous"), clock.instant());
  }

  /**
   * Reads every text; result i belongs to text i. Empty, blank, binary and symbol-only texts get a
   * neutral reading with confidence 0; unsupported languages a uniform one with confidence 0.
   *
   * @param texts never null, no null elements
   */
  public List<TextEmotionResult> readAll(List<String> texts, Subject subject, Instant time) {
    return readAllUnder(texts, List.of(ReadingRules.SHIPPED), subject, time).get(0);
  }

  /**
   * Reads every text once through the encoders and assembles one list of results per rule set: list
   * k holds the readings under {@code rules.get(k)}, as {@link #readAll(List, Subject, Instant)}
   * would give them with those rules. For measuring rules against each other.
   *
   * @param texts never null, no null elements
   * @param rules at least one
   */
  public List<List<TextEmotionResult>> readAllUnder(
      List<String> texts, List<ReadingRules> rules, Subject subject, Instant time) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(time, "time");
    List<LanguageRoute> routes = new ArrayList<>(texts.size());
    List<String> enTexts = new ArrayList<>();
    List<String> zhTexts = new ArrayList<>();
    for (String text : texts) {
      LanguageRoute route = LanguageRouter.route(Objects.requireNonNull(text, "text"));
      routes.add(route);
      if (route.needsEnglish()) {
        enTexts.add(text);
      }
      if (route.needsChinese()) {
        zhTexts.add(text);
      }
    }
    List<LanguageReader.Output> en = enTexts.isEmpty() ? List.of() : english.read(enTexts);
    List<LanguageReader.Output> zh = zhTexts.isEmpty() ? List.of() : chinese.read(zhTexts);
    List<List<TextEmotionResult>> results = new ArrayList<>(rules.size());
    for (ReadingRules r : rules) {
      List<TextEmotionResult> under = new ArrayList<>(texts.size());
      int e = 0;
      int z = 0;
      for (LanguageRoute route : routes) {
        LanguageReader.Output enOut = route.needsEnglish() ? en.get(e++) : null;
        LanguageReader.Output zhOut = route.needsChinese() ? zh.get(z++) : null;
        under.add(assemble(route, enOut, zhOut, r, subject, time));
      }
      results.add(under);
    }
    return results;
  }

  private TextEmotionResult assemble(
      LanguageRoute route,
      LanguageReader.Output en,
      LanguageReader.Output zh,
      ReadingRules rules,
      Subject subject,
      Instant time) {
    if (en == null && zh == null) {
      boolean unsupported = route.hasContent();
      return new TextEmotionResult(
          TextLanguage.UNSUPPORTED,
          ReadingAssembler.empty(subject, time, NO_MODEL, unsupported),
          Map.of());
    }
    double w = route.chineseWeight();
    double[] emotions;
    double[] polarity;
    double intensity;
    String model;
    ReadingRules.Adjusted enRead =
        en == null ? null : rules.apply(en.emotions(), en.polarity(), en.cues());
    ReadingRules.Adjusted zhRead =
        zh == null ? null : rules.apply(zh.emotions(), zh.polarity(), zh.cues());
    // Chinese intensity is derived from the emotions and polarity, so it follows the rules too.
    double zhIntensity = zh == null ? 0 : derivedIntensity(zhRead);
    if (en == null) {
      emotions = zhRead.emotions();
      polarity = zhRead.polarity();
      intensity = zhIntensity;
      model = modelName(chinese);
    } else if (zh == null) {
      emotions = enRead.emotions();
      polarity = enRead.polarity();
      intensity = en.intensity();
      model = modelName(english);
    } else {
      emotions = ReadingAssembler.blend(zhRead.emotions(), enRead.emotions(), w);
      polarity = ReadingAssembler.blend(zhRead.polarity(), enRead.polarity(), w);
      intensity = w * zhIntensity + (1 - w) * en.intensity();
      model = modelName(english) + "+" + chinese.encoderName();
    }
    EmotionReading reading =
        ReadingAssembler.reading(emotions, polarity, intensity, subject, time, model);
    return new TextEmotionResult(route.language(), reading, en == null ? Map.of() : en.fine());
  }

  private static double derivedIntensity(ReadingRules.Adjusted read) {
    double neutral = EmotionDistribution.normalised(read.emotions()).probability(Emotion.NEUTRAL);
    return Intensity.derived(neutral, read.polarity());
  }

  private static String modelName(LanguageReader reader) {
    return "affectrec-text-emotion/" + reader.encoderName();
  }

  /**
   * Calibrated probabilities of one task head (for example {@code sst2} or {@code nlpcc}) for every
   * text, bypassing routing: evaluation scores each head on its own dataset.
   *
   * @throws IllegalArgumentException if no bundle has the task
   */
  public List<double[]> taskProbabilities(String task, List<String> texts) {
    LanguageReader reader = english.bundle().heads().containsKey(task) ? english : chinese;
    return reader.taskProbabilities(task, texts);
  }

  /** The head of {@code task} from whichever bundle has it. */
  public dev.affectrec.emotion.text.head.TextHead head(String task) {
    return english.bundle().heads().containsKey(task)
        ? english.bundle().head(task)
        : chinese.bundle().head(task);
  }

  /** Provenance of the English and Chinese head bundles, for reports. */
  public List<HeadBundle> bundles() {
    return List.of(english.bundle(), chinese.bundle());
  }

  @Override
  public void close() {
    try {
      english.close();
    } finally {
      chinese.close();
    }
  }
}
