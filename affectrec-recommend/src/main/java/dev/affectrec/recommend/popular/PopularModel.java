package dev.affectrec.recommend.popular;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.ModelWriter;
import dev.affectrec.recommend.model.ScoringModel;
import java.io.IOException;
import java.nio.file.Path;

/** Scores every item by its (possibly decayed) popularity, the same for every user. Immutable. */
public final class PopularModel extends ScoringModel {
  /** The kind written in model files. */
  public static final String KIND = "popular";

  private final float[] scores;

  PopularModel(IdIndex users, IdIndex items, float[] scores, Provenance provenance) {
    super(users, items, scores, provenance);
    this.scores = scores;
  }

  @Override
  public void scoreUser(int user, float[] out) {
    System.arraycopy(scores, 0, out, 0, scores.length);
  }

  @Override
  public void scoreHistory(int[] historyItems, float[] historyValues, float[] out) {
    System.arraycopy(scores, 0, out, 0, scores.length);
  }

  @Override
  public void save(Path file) throws IOException {
    try (ModelWriter out = new ModelWriter(file, KIND, provenance())) {
      out.writeIndex(users());
      out.writeIndex(items());
      out.writeFloats(scores);
    }
  }

  /** Loads a model written by {@link #save}. */
  public static PopularModel load(Path file) throws IOException {
    try (ModelReader in = new ModelReader(file)) {
      in.requireKind(KIND);
      return new PopularModel(in.readIndex(), in.readIndex(), in.readFloats(), in.provenance());
    }
  }
}
