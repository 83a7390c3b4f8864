package dev.affectrec.recommend.model;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A model that scores a user from their item history alone (item-kNN, EASE, content): a known user
 * is scored as a fold-in of their training row. Writes the common part of its file. Immutable.
 */
public abstract class HistoryModel extends ScoringModel {
  private final UserHistories histories;

  /** As {@link ScoringModel}, plus every training user's row. */
  protected HistoryModel(
      IdIndex users,
      IdIndex items,
      float[] popularity,
      Provenance provenance,
      UserHistories histories) {
    super(users, items, popularity, provenance);
    this.histories = histories;
  }

  @Override
  public final void scoreUser(int user, float[] out) {
    scoreHistory(histories.items(user), histories.values(user), out);
  }

  /**
   * Writes the header, the catalogue, the popularity counts, the model's own arrays (via {@code
   * body}) and the user rows.
   */
  protected final void save(Path file, String kind, ModelBody body) throws IOException {
    try (ModelWriter out = new ModelWriter(file, kind, provenance())) {
      out.writeIndex(users());
      out.writeIndex(items());
      out.writeFloats(popularity());
      body.write(out);
      histories.write(out);
    }
  }

  /** Writes a model's own arrays. */
  @FunctionalInterface
  protected interface ModelBody {
    /** Writes to {@code out}. */
    void write(ModelWriter out) throws IOException;
  }
}
