package dev.affectrec.recommend.algorithm;

import dev.affectrec.recommend.als.AlsConfig;
import dev.affectrec.recommend.als.AlsTrainer;
import dev.affectrec.recommend.bpr.BprConfig;
import dev.affectrec.recommend.bpr.BprTrainer;
import dev.affectrec.recommend.content.ContentConfig;
import dev.affectrec.recommend.content.ContentTrainer;
import dev.affectrec.recommend.content.HashingTextEncoder;
import dev.affectrec.recommend.ease.EaseConfig;
import dev.affectrec.recommend.ease.EaseTrainer;
import dev.affectrec.recommend.knn.ItemKnnConfig;
import dev.affectrec.recommend.knn.ItemKnnTrainer;
import dev.affectrec.recommend.mf.BiasedMfConfig;
import dev.affectrec.recommend.mf.BiasedMfTrainer;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import dev.affectrec.recommend.popular.PopularConfig;
import dev.affectrec.recommend.popular.PopularTrainer;
import java.util.Set;

/**
 * The algorithms of affectrec-recommend: popular, itemknn, ease, als, bpr, biasedmf, content.
 * Parameter names are the config record's component names; defaults are the records' DEFAULTS.
 */
public final class BuiltInAlgorithms implements AlgorithmProvider {

  @Override
  public Set<String> names() {
    return Set.of("popular", "itemknn", "ease", "als", "bpr", "biasedmf", "content");
  }

  @Override
  public Trainer<? extends ScoringModel> create(String name, Params p, AlgorithmContext context) {
    return switch (name) {
      case "popular" ->
          new PopularTrainer(
              new PopularConfig(
                  p.getDouble("halfLifeDays", PopularConfig.DEFAULTS.halfLifeDays())));
      case "itemknn" -> itemKnn(p, context);
      case "ease" -> {
        EaseConfig d = EaseConfig.DEFAULTS;
        yield new EaseTrainer(
            new EaseConfig(p.getDouble("lambda", d.lambda()), p.getBoolean("binary", d.binary())));
      }
      case "als" -> als(p, context);
      case "bpr" -> {
        BprConfig d = BprConfig.DEFAULTS;
        yield new BprTrainer(
            new BprConfig(
                p.getInt("factors", d.factors()),
                p.getInt("epochs", d.epochs()),
                p.getDouble("learningRate", d.learningRate()),
                p.getDouble("lambda", d.lambda()),
                p.getLong("seed", d.seed())));
      }
      case "biasedmf" -> biasedMf(p);
      case "content" -> content(p, context);
      default -> throw new IllegalArgumentException("not a built-in algorithm: " + name);
    };
  }

  private static Trainer<? extends ScoringModel> itemKnn(Params p, AlgorithmContext context) {
    ItemKnnConfig d = ItemKnnConfig.DEFAULTS;
    return new ItemKnnTrainer(
        new ItemKnnConfig(
            p.getInt("neighbours", d.neighbours()),
            p.getDouble("shrinkage", d.shrinkage()),
            p.getBoolean("binary", d.binary()),
            p.getInt("threads", context.threads())));
  }

  private static Trainer<? extends ScoringModel> als(Params p, AlgorithmContext context) {
    AlsConfig d = AlsConfig.DEFAULTS;
    return new AlsTrainer(
        new AlsConfig(
            p.getInt("factors", d.factors()),
            p.getInt("iterations", d.iterations()),
            p.getDouble("lambda", d.lambda()),
            p.getDouble("alpha", d.alpha()),
            p.getBoolean("binary", d.binary()),
            p.getInt("cgSteps", d.cgSteps()),
            p.getInt("threads", context.threads()),
            p.getLong("seed", d.seed()),
            p.getBoolean("weighted", d.weighted()),
            p.getDouble("exponent", d.exponent())));
  }

  private static Trainer<? extends ScoringModel> biasedMf(Params p) {
    BiasedMfConfig d = BiasedMfConfig.DEFAULTS;
    return new BiasedMfTrainer(
        new BiasedMfConfig(
            p.getInt("factors", d.factors()),
            p.getInt("epochs", d.epochs()),
            p.getDouble("learningRate", d.learningRate()),
            p.getDouble("decay", d.decay()),
            p.getDouble("lambda", d.lambda()),
            p.getDouble("biasLambda", d.biasLambda()),
            p.getDouble("initStd", d.initStd()),
            p.getInt("foldInEpochs", d.foldInEpochs()),
            p.getLong("seed", d.seed()),
            p.getDouble("biasDamping", d.biasDamping()),
            p.getString("solver", d.solver()),
            p.getInt("iterations", d.iterations())));
  }

  private static Trainer<? extends ScoringModel> content(Params p, AlgorithmContext context) {
    if (context.itemTexts().isEmpty()) {
      throw new IllegalArgumentException(
          "algorithm 'content' needs item texts; this input has none (use --format movielens"
              + " with u.item, or amazon)");
    }
    ContentConfig config =
        new ContentConfig(p.getBoolean("binary", ContentConfig.DEFAULTS.binary()));
    int dimension = p.getInt("dimension", 512);
    return new ContentTrainer(config, new HashingTextEncoder(dimension), context.itemTexts());
  }
}
