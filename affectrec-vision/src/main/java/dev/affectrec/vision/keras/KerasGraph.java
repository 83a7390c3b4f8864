package dev.affectrec.vision.keras;

import dev.affectrec.vision.tfjs.GraphModel;
import java.util.Objects;

/**
 * A Keras model translated to a graph.
 *
 * @param graph the graph, run with {@link GraphModel#execute}
 * @param input name of its one input placeholder (the Keras input layer's name)
 * @param output name of the node giving the model's output
 */
public record KerasGraph(GraphModel graph, String input, String output) {

  /** Validates. */
  public KerasGraph {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
  }
}
