package dev.affectrec.recommend.frozen;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.als.AlsConfig;
import dev.affectrec.recommend.als.AlsTrainer;
import dev.affectrec.recommend.bpr.BprConfig;
import dev.affectrec.recommend.bpr.BprTrainer;
import dev.affectrec.recommend.content.ContentConfig;
import dev.affectrec.recommend.content.ContentTrainer;
import dev.affectrec.recommend.content.HashingTextEncoder;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.ease.EaseConfig;
import dev.affectrec.recommend.ease.EaseTrainer;
import dev.affectrec.recommend.knn.ItemKnnConfig;
import dev.affectrec.recommend.knn.ItemKnnTrainer;
import dev.affectrec.recommend.mf.BiasedMfConfig;
import dev.affectrec.recommend.mf.BiasedMfTrainer;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.popular.PopularConfig;
import dev.affectrec.recommend.popular.PopularTrainer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The tiny models frozen under {@code frozen/recommend/} and the queries their outputs answer. */
final class FrozenRecommendModels {
  /** The folder of the frozen files, a test resource. */
  static final String DIR = "/frozen/recommend/";

  /** The creation time recorded in every frozen file. */
  static final Instant CREATED = Instant.parse("2026-12-02T00:00:00Z");

  /** The clock every frozen model was trained with. */
  static final Clock CLOCK = Clock.fixed(CREATED, ZoneOffset.UTC);

  private static final InteractionMatrix DATA =
      Fixtures.matrix(
          "u1 a 5, u1 b 3, u2 a 4, u2 c 2, u3 c 5, u3 d 1, u4 b 4, u4 d 2, u5 a 1, u5 e 4");

  private FrozenRecommendModels() {}

  /** File stem to the trainer of that frozen model, one per model format. */
  static Map<String, ConfiguredTrainer<?, ?>> trainers() {
    Map<String, ConfiguredTrainer<?, ?>> out = new LinkedHashMap<>();
    out.put("popular", new PopularTrainer(new PopularConfig(2)));
    out.put("itemknn", new ItemKnnTrainer(new ItemKnnConfig(3, 1, false, 1)));
    out.put("ease", new EaseTrainer(new EaseConfig(2, true)));
    out.put("als", new AlsTrainer(new AlsConfig(3, 3, 0.1, 1, true, 3, 1, 1)));
    out.put("bpr", new BprTrainer(new BprConfig(3, 3, 0.05, 0.01, 1)));
    out.put("biasedmf", new BiasedMfTrainer(Fixtures.TINY_SGD_MF));
    // Since issue 17: trained by ALS, the solver recorded in the provenance, fold-in exact.
    out.put(
        "biasedmf-als",
        new BiasedMfTrainer(
            new BiasedMfConfig(3, 3, 0.01, 0.9, 0.05, 0.02, 0.1, 5, 1, 1, BiasedMfConfig.ALS, 4)));
    out.put(
        "content",
        new ContentTrainer(
            ContentConfig.DEFAULTS,
            new HashingTextEncoder(8),
            Map.of("a", "red apple", "b", "blue boat", "c", "red car", "e", "green tree")));
    return out;
  }

  /** The training data of every frozen model. */
  static InteractionMatrix data() {
    return DATA;
  }

  /**
   * Query to ranked {@code item=score} tokens: known users, a stranger and a history. The history
   * is a sorted map because biased MF folds it in by SGD in the map's iteration order.
   */
  static Map<String, String> outputs(ScoringModel model) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String user : List.of("u1", "u3", "u5", "stranger")) {
      out.put("user " + user, render(model.recommend(user, 5, Set.of())));
    }
    out.put(
        "history a=5,d=1",
        render(model.recommendForHistory(new TreeMap<>(Map.of("a", 5f, "d", 1f)), 4, Set.of())));
    return out;
  }

  private static String render(List<ScoredItem> items) {
    return items.isEmpty()
        ? "none=0"
        : items.stream().map(i -> i.item() + "=" + i.score()).collect(Collectors.joining(" "));
  }
}
