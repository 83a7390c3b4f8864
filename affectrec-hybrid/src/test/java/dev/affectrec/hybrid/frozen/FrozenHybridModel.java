package dev.affectrec.hybrid.frozen;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The queries whose answers are recorded beside the frozen hybrid model file. */
final class FrozenHybridModel {
  /** The frozen file, a test resource. */
  static final String FILE = "/frozen/hybrid/hybrid-emotion.bin";

  /** Its recorded outputs, a test resource. */
  static final String EXPECTED = "/frozen/hybrid/hybrid-emotion.expected.tsv";

  private FrozenHybridModel() {}

  /** Every item's score for each user, recommendations, and a history query. */
  static Map<String, String> outputs(HybridEmotionModel model) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String user : List.of("alice", "reviewer0", "browser1")) {
      float[] scores = new float[model.items().size()];
      model.scoreUser(model.users().indexOf(user), scores);
      StringBuilder tokens = new StringBuilder();
      for (int i = 0; i < scores.length; i++) {
        tokens.append(i == 0 ? "" : " ").append(model.items().id(i)).append('=').append(scores[i]);
      }
      out.put("scores " + user, tokens.toString());
      out.put("recommend " + user, render(model.recommend(user, 4, Set.of())));
    }
    out.put("history y1", render(model.recommendForHistory(Map.of("y1", 1f), 3, Set.of())));
    out.put("weights", model.weights().asParameters().toString().replaceAll("[{},]", ""));
    return out;
  }

  private static String render(List<ScoredItem> items) {
    return items.stream().map(i -> i.item() + "=" + i.score()).collect(Collectors.joining(" "));
  }
}
