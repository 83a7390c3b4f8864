package dev.affectrec.architecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    allowed.put("io", Set.of("api"));
    allowed.put("store", Set.of("api", "io"));
    allowed.put("recommend", Set.of("api"));
    allowed.put("eval", Set.of("api", "io", "recommend"));
    allowed.put("vision", Set.of("api", "io"));
    allowed.put("behaviour", Set.of("api", "io"));
    allowed.put("fusion", Set.of("api"));
    allowed.put("emotion", Set.of("api", "io"));
    allowed.put("demo", Set.of("api"));
    allowed.put("hybrid", Set.of("api", "recommend", "fusion"));
    allowed.put("analytics", Set.of("api", "io", "store"));
    Set<String> domain =
        Set.of(
            "api",
            "io",
            "store",
            "recommend",
            "fusion",
            "hybrid",
            "behaviour",
            "emotion",
            "analytics");
    allowed.put("serving", domain);
    allowed.put("server", union(domain, "vision", "serving"));
    allowed.put("kafka", Set.of("api", "io", "store", "serving"));
    allowed.put(
        "spark", Set.of("api", "io", "store", "recommend", "eval", "hybrid", "emotion", "serving"));
    allowed.put(
        "cli", union(domain, "vision", "serving", "server", "eval", "demo", "kafka", "spark"));
    return allowed;
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /** The ArchUnit package pattern of a module. */
  static String packageOf(String module) {
    return "dev.affectrec." + module + "..";
  }
}
