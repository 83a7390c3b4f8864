package dev.affectrec.vision.expression;

import dev.affectrec.api.Arguments;
import dev.affectrec.vision.tfjs.GraphModel;
import java.util.Objects;

/**
 * One FER2013-style expression network in an ensemble: input [N,64,64,1] grey values in [-1, 1],
 * output [N,7] probabilities in the order angry, disgust, fear, happy, sad, surprise, neutral.
 *
 * @param name short label for reports, for example {@code human-emotion}
 * @param graph the network
 * @param input its input placeholder
 * @param output its output node
 * @param weight its share of the ensemble's average, at least 0
 */
public record ExpressionNet(
    String name, GraphModel graph, String input, String output, double weight) {

  /** Validates. */
  public ExpressionNet {
    Arguments.requireNonBlank(name, "name");
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Arguments.requireInRange(weight, 0, 1e6, "weight");
  }

  /** The same network with another ensemble weight. */
  public ExpressionNet withWeight(double other) {
    return new ExpressionNet(name, graph, input, output, other);
  }
}
