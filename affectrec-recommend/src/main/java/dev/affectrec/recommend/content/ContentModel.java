package dev.affectrec.recommend.content;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.model.HistoryModel;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.UserHistories;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Scores items by the cosine between their unit embedding and the user's profile, the
 * feedback-weighted mean of the embeddings of the user's items. Scores lie in [-1, 1]. Fold-in is
 * natural. Immutable.
 */
public final class ContentModel extends HistoryModel {
  /** The kind written in model files. */
  public static final String KIND = "content";

  private final int d;
  private final float[] embeddings;

  ContentModel(
      IdIndex users,
      IdIndex items,
      float[] popularity,
      Provenance provenance,
      int dimension,
      float[] embeddings,
      UserHistories histories) {
    super(users, items, popularity, provenance, histories);
    this.d = dimension;
    this.embeddings = embeddings;
  }

  /** The unit profile vector of a history (zero if the history has no embedded items). */
  public float[] profile(int[] historyItems, float[] historyValues) {
    float[] p = new float[d];
    for (int h = 0; h < historyItems.length; h++) {
      int base = historyItems[h] * d;
      float w = historyValues[h];
      for (int k = 0; k < d; k++) {
        p[k] += w * embeddings[base + k];
      }
    }
    // The mean and the sum differ by a positive factor, which cosine ignores.
    return Embeddings.normalized(p);
  }

  @Override
  public void scoreHistory(int[] historyItems, float[] historyValues, float[] out) {
    float[] p = profile(historyItems, historyValues);
    for (int i = 0; i < out.length; i++) {
      int base = i * d;
      float dot = 0;
      for (int k = 0; k < d; k++) {
        dot += p[k] * embeddings[base + k];
      }
      out[i] = dot;
    }
  }

  @Override
  public void save(Path file) throws IOException {
    save(
        file,
        KIND,
        out -> {
          out.writeInt(d);
          out.writeFloats(embeddings);
        });
  }

  /** Loads a model written by {@link #save}. */
  public static ContentModel load(Path file) throws IOException {
    try (ModelReader in = new ModelReader(file)) {
      in.requireKind(KIND);
      return new ContentModel(
          in.readIndex(),
          in.readIndex(),
          in.readFloats(),
          in.provenance(),
          in.readInt(),
          in.readFloats(),
          UserHistories.read(in));
    }
  }
}
