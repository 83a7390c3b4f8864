package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.RatedText;
import dev.affectrec.emotion.text.data.TextDataset;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Fills the {@link EmbeddingCache} in its canonical order, ahead of training or from {@code emotion
 * train} itself: {@code EmbedDatasetsMain DATA_DIR CACHE_DIR [CORPUS...]} (default: every corpus of
 * {@link #order}) embeds each corpus's whole train split and the dev split it is scored on.
 * Long-running and resumable (the cache keeps every finished chunk); start it in the background.
 *
 * <p>Why an order: the encoder's batched output depends, in the last float bits, on the other texts
 * of its batch, so a text's cached vector depends on which texts were embedded with it. Filling the
 * cache corpus by corpus in one fixed order makes the vectors, and so the trained heads, the same
 * whether the cache was filled by this tool (even across interruptions) or by {@code emotion train}
 * from an empty cache.
 */
public final class EmbedDatasetsMain {
  /** Training texts are embedded from their first 128 tokens only, to bound encoder time. */
  public static final int TRAIN_WINDOW = 128;

  private EmbedDatasetsMain() {}

  /** The corpora of a language in the order they are embedded. */
  public static List<String> order(String language) {
    return language.equals("zh")
        ? List.of("nlpcc", "chnsenticorp", "online-shopping")
        : List.of("carer", "goemotions", "sst2", DatasetCatalog.INTENSITY);
  }

  /**
   * The corpus whose texts a task embeds: itself, GoEmotions for GoEmotions-Ekman, the VADER
   * intensity set for VADER polarity and intensity.
   */
  static String corpusOf(String task) {
    return switch (task) {
      case "goemotions-ekman" -> "goemotions";
      case DatasetCatalog.VADER_POLARITY, "intensity" -> DatasetCatalog.INTENSITY;
      default -> task;
    };
  }

  /** Embeds one corpus's train and scored dev texts that the cache lacks. */
  static void fill(
      EmbeddingCache cache,
      SentenceEncoder encoder,
      Path data,
      String corpus,
      TrainConfig config,
      LongConsumer progress) {
    List<String> texts = new ArrayList<>();
    if (corpus.equals(DatasetCatalog.INTENSITY)) {
      var ds = DatasetCatalog.loadIntensity(data);
      ds.train().stream().map(RatedText::text).forEach(texts::add);
      ds.dev().stream().map(RatedText::text).forEach(texts::add);
    } else {
      TextDataset ds = DatasetCatalog.load(corpus, data);
      ds.train().stream().map(Example::text).forEach(texts::add);
      TrainingSets.split(ds, "dev", config).stream().map(Example::text).forEach(texts::add);
    }
    cache.embed(encoder, texts, progress);
  }

  /** The training encoder of a language. */
  static EncoderSpec trainingSpec(String language) {
    return (language.equals("zh") ? EncoderSpec.BGE_SMALL_ZH : EncoderSpec.BGE_SMALL_EN)
        .withWindowTokens(TRAIN_WINDOW);
  }

  /** Entry point. */
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    EmbeddingCache cache = new EmbeddingCache(Path.of(args[1]));
    List<String> names = args.length > 2 ? List.of(args).subList(2, args.length) : null;
    TrainConfig config = TrainConfig.defaults();
    for (String language : List.of("en", "zh")) {
      EncoderSpec spec = trainingSpec(language);
      for (String corpus : order(language)) {
        if (names != null && !names.contains(corpus)) {
          continue;
        }
        try (SentenceEncoder encoder = SentenceEncoder.load(spec, config.threads())) {
          long start = System.nanoTime();
          System.err.printf(
              "%s: %d texts cached for %s%n",
              corpus, cache.size(spec), EmbeddingCache.encoderId(spec));
          fill(
              cache,
              encoder,
              data,
              corpus,
              config,
              n ->
                  System.err.printf(
                      "%s %d new embedded, %.1f texts/s%n",
                      corpus, n, n / ((System.nanoTime() - start) / 1e9)));
        }
      }
    }
  }
}
