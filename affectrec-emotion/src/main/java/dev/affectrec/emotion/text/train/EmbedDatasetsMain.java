package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.TextDataset;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills the embedding cache ahead of training: {@code EmbedDatasetsMain DATA_DIR CACHE_DIR
 * [DATASET...]}. Long-running; start it in the background.
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
      TextDataset ds = DatasetCatalog.load(name, data);
      EncoderSpec spec =
          ds.language().equals("zh") ? EncoderSpec.BGE_SMALL_ZH : EncoderSpec.BGE_SMALL_EN;
      try (SentenceEncoder encoder =
          SentenceEncoder.load(spec.withWindowTokens(TRAIN_WINDOW), config.threads())) {
        for (String split : List.of("dev", "train")) {
          List<Example> rows = TrainingSets.split(ds, split, config);
          long start = System.nanoTime();
          cache.embed(
              encoder,
              TrainingSets.cacheKey(ds, split),
              rows.stream().map(Example::text).toList(),
              n ->
                  System.err.printf(
                      "%s/%s %d/%d %.1f texts/s%n",
                      name, split, n, rows.size(), n / ((System.nanoTime() - start) / 1e9)));
        }
      }
    }
  }
}
