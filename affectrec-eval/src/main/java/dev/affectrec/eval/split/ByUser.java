package dev.affectrec.eval.split;

import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups interactions by user, keeping first-seen user order. */
final class ByUser {
  private ByUser() {}

  static Map<String, List<Interaction>> group(List<Interaction> data) {
    Map<String, List<Interaction>> byUser = new LinkedHashMap<>();
    for (Interaction i : data) {
      byUser.computeIfAbsent(i.user(), k -> new ArrayList<>()).add(i);
    }
    return byUser;
  }
}
