package dev.affectrec.recommend;

import dev.affectrec.recommend.content.ContentModel;
import dev.affectrec.recommend.ease.EaseModel;
import dev.affectrec.recommend.factor.FactorModel;
import dev.affectrec.recommend.knn.ItemKnnModel;
import dev.affectrec.recommend.mf.BiasedMfModel;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.popular.PopularModel;
import java.io.IOException;
import java.nio.file.Path;

/** Loads any model file by the kind in its header. Stateless and thread-safe. */
public final class ModelFiles {
  private ModelFiles() {}

  /**
   * Loads the model in {@code file}.
   *
   * @throws IOException if the file is unreadable, not a model file, or of an unknown kind
   */
  public static ScoringModel load(Path file) throws IOException {
    String kind;
    try (ModelReader in = new ModelReader(file)) {
      kind = in.kind();
    }
    return switch (kind) {
      case PopularModel.KIND -> PopularModel.load(file);
      case ItemKnnModel.KIND -> ItemKnnModel.load(file);
      case EaseModel.KIND -> EaseModel.load(file);
      case FactorModel.KIND -> FactorModel.load(file);
      case BiasedMfModel.KIND -> BiasedMfModel.load(file);
      case ContentModel.KIND -> ContentModel.load(file);
      default -> throw new IOException(file + " holds an unknown model kind '" + kind + "'");
    };
  }
}
