package dev.affectrec.vision.tfjs;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One node of a graph model's topology.
 *
 * @param name unique node name, never null
 * @param op TensorFlow op name, for example {@code _FusedConv2D}
 * @param inputs names of the nodes whose first output this node consumes (control inputs and output
 *     suffixes such as {@code :0} removed), never null
 * @param attributes the op's attributes, never null
 */
public record GraphNode(String name, String op, List<String> inputs, NodeAttributes attributes) {

  /** Validates and copies. */
  public GraphNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(op, "op");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(attributes, "attributes");
  }

  /** Convenience for tests: a node without attributes. */
  public static GraphNode of(String name, String op, String... inputs) {
    return new GraphNode(name, op, List.of(inputs), new NodeAttributes(Map.of()));
  }
}
