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

/**
 * Fills the {@link EmbeddingCache} ahead of training: {@code EmbedDatasetsMain DATA_DIR CACHE_DIR
 * [DATASET...]} embeds the whole train split (whatever a configuration's cap), the scored dev split
 * of every named dataset (default: all, English first) and, for English, the VADER intensity texts.
 * Long-running and resumable (the cache keeps every finished chunk); start it in the background.
 */
public final class EmbedDatasetsMain {
  /** Training texts are embedded from their first 128 tokens only, to bound encoder time. */
  public static final int TRAIN_WINDOW = 128;

  private EmbedDatasetsMain() {}

  /** Entry point. */
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    EmbeddingCache cache = new EmbeddingCache(Path.of(args[1]));
    List<String> names =
        args.length > 2 ? List.of(args).subList(2, args.length) : DatasetCatalog.NAMES;
    TrainConfig config = TrainConfig.defaults();
    for (String name : names) {
      if (name.equals("goemotions-ekman") && names.contains("goemotions")) {
        continue; // the same texts
      }
      boolean intensity = name.equals(DatasetCatalog.INTENSITY);
      List<String> texts = new ArrayList<>();
      EncoderSpec spec;
      if (intensity) {
        var ds = DatasetCatalog.loadIntensity(data);
        ds.train().forEach(r -> texts.add(r.text()));
        ds.dev().stream().map(RatedText::text).forEach(texts::add);
        spec = EncoderSpec.BGE_SMALL_EN;
      } else {
        TextDataset ds = DatasetCatalog.load(name, data);
        ds.train().forEach(e -> texts.add(e.text()));
        TrainingSets.split(ds, "dev", config).stream().map(Example::text).forEach(texts::add);
        spec = ds.language().equals("zh") ? EncoderSpec.BGE_SMALL_ZH : EncoderSpec.BGE_SMALL_EN;
      }
      spec = spec.withWindowTokens(TRAIN_WINDOW);
      try (SentenceEncoder encoder = SentenceEncoder.load(spec, config.threads())) {
        long start = System.nanoTime();
        System.err.printf(
            "%s: %d texts, %d cached for %s%n",
            name, texts.size(), cache.size(spec), EmbeddingCache.encoderId(spec));
        cache.embed(
            encoder,
            texts,
            n ->
                System.err.printf(
                    "%s %d new embedded, %.1f texts/s%n",
                    name, n, n / ((System.nanoTime() - start) / 1e9)));
      }
    }
  }
}
