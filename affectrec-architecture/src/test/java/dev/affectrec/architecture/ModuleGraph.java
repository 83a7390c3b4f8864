package dev.affectrec.architecture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The allowed module dependencies of docs/ARCHITECTURE.md, by module short name ({@code store} for
 * {@code affectrec-store}, package {@code dev.affectrec.store}). A module may always use itself; no
 * runtime module may use {@code cli} or {@code bench}.
 */
final class ModuleGraph {

  /** Module short name to the modules its main code may use. */
  static final Map<String, Set<String>> ALLOWED = allowed();

  private ModuleGraph() {}

  private static Map<String, Set<String>> allowed() {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    allowed.put("api", Set.of());
    allowed.put("store", Set.of("api"));
    allowed.put("recommend", Set.of("api"));
    allowed.put("eval", Set.of("api", "recommend"));
    allowed.put("vision", Set.of("api"));
    allowed.put("behaviour", Set.of("api"));
    allowed.put("fusion", Set.of("api"));
    allowed.put("emotion", Set.of("api"));
    allowed.put("demo", Set.of("api"));
    allowed.put("hybrid", Set.of("api", "recommend", "fusion"));
    allowed.put(
        "serving", Set.of("api", "store", "recommend", "fusion", "hybrid", "behaviour", "emotion"));
    allowed.put(
        "server",
        Set.of(
            "api",
            "store",
            "recommend",
            "fusion",
            "hybrid",
            "behaviour",
            "emotion",
            "vision",
            "serving"));
    allowed.put(
        "cli",
        Set.of(
            "api",
            "store",
            "recommend",
            "eval",
            "fusion",
            "hybrid",
            "behaviour",
            "emotion",
            "vision",
            "serving",
            "demo",
            "server"));
    return allowed;
  }

  /** The ArchUnit package pattern of a module. */
  static String packageOf(String module) {
    return "dev.affectrec." + module + "..";
  }
}
