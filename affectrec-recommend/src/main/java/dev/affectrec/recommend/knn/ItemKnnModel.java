package dev.affectrec.recommend.knn;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.model.HistoryModel;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.UserHistories;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Scores {@code score(u, i) = sum over j in history(u) of w_uj * sim(j, i)}, where {@code sim(j,
 * .)} is item j's truncated neighbour list. Fold-in is natural: any history can be scored.
 * Immutable.
 */
public final class ItemKnnModel extends HistoryModel {
  /** The kind written in model files. */
  public static final String KIND = "itemknn";

  private final SparseRows neighbours;

  ItemKnnModel(
      IdIndex users,
      IdIndex items,
      float[] popularity,
      Provenance provenance,
      SparseRows neighbours,
      UserHistories histories) {
    super(users, items, popularity, provenance, histories);
    this.neighbours = neighbours;
  }

  /** The similarity kept from item {@code from} to item {@code to}, or 0 if not a neighbour. */
  public float similarity(int from, int to) {
    return neighbours.get(from, to);
  }

  @Override
  public void scoreHistory(int[] historyItems, float[] historyValues, float[] out) {
    java.util.Arrays.fill(out, 0f);
    for (int n = 0; n < historyItems.length; n++) {
      neighbours.addScaledRow(historyItems[n], historyValues[n], out);
    }
  }

  @Override
  public boolean linearInHistory() {
    return true;
  }

  @Override
  public void addHistoryItem(int item, float delta, float[] out) {
    neighbours.addScaledRow(item, delta, out);
  }

  @Override
  public void save(Path file) throws IOException {
    save(file, KIND, neighbours::write);
  }

  /** Loads a model written by {@link #save}. */
  public static ItemKnnModel load(Path file) throws IOException {
    try (ModelReader in = new ModelReader(file)) {
      in.requireKind(KIND);
      return new ItemKnnModel(
          in.readIndex(),
          in.readIndex(),
          in.readFloats(),
          in.provenance(),
          SparseRows.read(in),
          UserHistories.read(in));
    }
  }
}
