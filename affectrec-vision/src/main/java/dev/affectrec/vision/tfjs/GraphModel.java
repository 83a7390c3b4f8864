package dev.affectrec.vision.tfjs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded TF.js graph model: its nodes, its constant weights and a topological execution plan.
 * Immutable and safe for concurrent {@link #execute} calls from several threads.
 */
public final class GraphModel {
  private final String name;
  private final List<GraphNode> order;
  private final Map<String, Tensor> constants;
  private final Map<String, int[]> placeholderShapes;
  private final boolean parallel;
  private final Map<String, Integer> consumers;
  private final Map<Tensor, float[]> packedFilters = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Builds the execution plan and checks every op up front.
   *
   * @param name label for messages, for example the file name
   * @param nodes the topology, in any order
   * @param constants weight tensors by node name; every {@code Const} node needs one
   * @param parallel whether large convolutions may use the common fork-join pool
   * @throws UnsupportedOpException if a node's op is not implemented
   * @throws ModelFormatException if the graph has a cycle, a dangling input or a missing weight
   */
  public GraphModel(
      String name, List<GraphNode> nodes, Map<String, Tensor> constants, boolean parallel) {
    this.name = Objects.requireNonNull(name, "name");
    this.constants = Map.copyOf(constants);
    this.parallel = parallel;
    Map<String, GraphNode> byName = new LinkedHashMap<>();
    Map<String, int[]> placeholders = new LinkedHashMap<>();
    for (GraphNode node : nodes) {
      if (byName.put(node.name(), node) != null) {
        throw new ModelFormatException(name + ": duplicate node '" + node.name() + "'");
      }
      OpKernels.check(node);
      if (node.op().equals("Const") && !constants.containsKey(node.name())) {
        throw new ModelFormatException(name + ": no weights for Const node '" + node.name() + "'");
      }
      if (node.op().equals("Placeholder")) {
        placeholders.put(node.name(), node.attributes().shapeDims("shape"));
      }
    }
    this.placeholderShapes = Map.copyOf(placeholders);
    this.order = TopologicalOrder.of(name, byName);
    Map<String, Integer> counts = new HashMap<>();
    for (GraphNode node : order) {
      node.inputs().forEach(input -> counts.merge(input, 1, Integer::sum));
    }
    this.consumers = Map.copyOf(counts);
  }

  /** The model's label, as given at load time. */
  public String name() {
    return name;
  }

  /** Placeholder names and their declared shapes (-1 for a free dimension). */
  public Map<String, int[]> inputs() {
    Map<String, int[]> copy = new LinkedHashMap<>();
    placeholderShapes.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /** The ops of the graph with their node counts, for diagnostics. */
  public Map<String, Integer> opCounts() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    order.forEach(node -> counts.merge(node.op(), 1, Integer::sum));
    return counts;
  }

  /**
   * Runs the graph.
   *
   * @param feeds one tensor per placeholder, by name; shapes must match the declared ones except in
   *     -1 dimensions
   * @param outputs node names to return (a {@code :0} suffix is accepted)
   * @return the requested tensors by the names given, in the given order
   * @throws IllegalArgumentException for a missing or ill-shaped feed or an unknown output
   */
  public Map<String, Tensor> execute(Map<String, Tensor> feeds, List<String> outputs) {
    Map<String, Tensor> values = new HashMap<>(constants);
    placeholderShapes.forEach(
        (input, declared) -> {
          Tensor feed = feeds.get(input);
          if (feed == null) {
            throw new IllegalArgumentException(name + ": missing input '" + input + "'");
          }
          checkShape(input, declared, feed);
          values.put(input, Layouts.toNchw(feed));
        });
    List<String> wanted = new ArrayList<>();
    for (String output : outputs) {
      String node = TopologicalOrder.nodeName(output);
      if (order.stream().noneMatch(n -> n.name().equals(node))) {
        throw new IllegalArgumentException(name + ": unknown output '" + output + "'");
      }
      wanted.add(node);
    }
    // Intermediate tensors are dropped after their last consumer, and an element-wise op may
    // overwrite its first input when it is that input's last consumer.
    Map<String, Integer> remaining = new HashMap<>(consumers);
    wanted.forEach(output -> remaining.merge(output, 1, Integer::sum));
    java.util.Set<String> owned = new java.util.HashSet<>();
    for (GraphNode node : order) {
      if (values.containsKey(node.name())) {
        continue;
      }
      List<String> inputs = node.inputs();
      Tensor[] in = new Tensor[inputs.size()];
      for (int i = 0; i < in.length; i++) {
        in[i] = values.get(inputs.get(i));
      }
      boolean reuseFirst =
          !inputs.isEmpty()
              && owned.contains(inputs.get(0))
              && remaining.getOrDefault(inputs.get(0), 0) == 1;
      try {
        values.put(node.name(), OpKernels.run(node, in, parallel, packedFilters, reuseFirst));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new ModelFormatException(
            name + ": node '" + node.name() + "' (" + node.op() + ") failed: " + e.getMessage(), e);
      }
      owned.add(node.name());
      for (String input : inputs) {
        if (remaining.merge(input, -1, Integer::sum) == 0 && owned.contains(input)) {
          values.remove(input);
        }
      }
    }
    Map<String, Tensor> result = new LinkedHashMap<>();
    for (int i = 0; i < outputs.size(); i++) {
      result.put(outputs.get(i), Layouts.toNhwc(values.get(wanted.get(i))));
    }
    return result;
  }

  private void checkShape(String input, int[] declared, Tensor feed) {
    int[] actual = feed.shape();
    boolean ok = declared.length == 0 || declared.length == actual.length;
    for (int d = 0; ok && d < declared.length; d++) {
      ok = declared[d] < 0 || declared[d] == actual[d];
    }
    if (!ok) {
      throw new IllegalArgumentException(
          name
              + ": input '"
              + input
              + "' must have shape "
              + Arrays.toString(declared)
              + " but has "
              + Arrays.toString(actual));
    }
  }
}
