package dev.affectrec.recommend.ease;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.model.HistoryModel;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.RowMajor;
import dev.affectrec.recommend.model.UserHistories;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Scores {@code x_u B}: the sum of the weight rows of the user's items. Fold-in is natural.
 * Immutable.
 */
public final class EaseModel extends HistoryModel {
  /** The kind written in model files. */
  public static final String KIND = "ease";

  private final RowMajor weights;

  EaseModel(
      IdIndex users,
      IdIndex items,
      float[] popularity,
      Provenance provenance,
      RowMajor weights,
      UserHistories histories) {
    super(users, items, popularity, provenance, histories);
    if (weights.rows() != items.size() || weights.columns() != items.size()) {
      throw new IllegalArgumentException(
          "expected "
              + items.size()
              + " x "
              + items.size()
              + " weights but got "
              + weights.rows()
              + " x "
              + weights.columns());
    }
    this.weights = weights;
  }

  /** The weight {@code B[from][to]}. */
  public float weight(int from, int to) {
    return weights.get(from, to);
  }

  @Override
  public void scoreHistory(int[] historyItems, float[] historyValues, float[] out) {
    int n = out.length;
    java.util.Arrays.fill(out, 0f);
    for (int h = 0; h < historyItems.length; h++) {
      weights.addScaledRow(historyItems[h], historyValues[h], out, 0, n);
    }
  }

  @Override
  public boolean linearInHistory() {
    return true;
  }

  @Override
  public void addHistoryItem(int item, float delta, float[] out) {
    weights.addScaledRow(item, delta, out, 0, out.length);
  }

  @Override
  public void save(Path file) throws IOException {
    save(file, KIND, out -> out.writeFloats(weights.toFlat()));
  }

  /** Loads a model written by {@link #save}. */
  public static EaseModel load(Path file) throws IOException {
    try (ModelReader in = new ModelReader(file)) {
      in.requireKind(KIND);
      IdIndex users = in.readIndex();
      IdIndex items = in.readIndex();
      float[] popularity = in.readFloats();
      Provenance provenance = in.provenance();
      RowMajor weights = RowMajor.ofFlat(in.readFloats(), items.size(), items.size());
      return new EaseModel(users, items, popularity, provenance, weights, UserHistories.read(in));
    }
  }
}
