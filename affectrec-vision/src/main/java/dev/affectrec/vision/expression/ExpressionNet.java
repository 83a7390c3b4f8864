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
 * @param mirror whether it also reads each crop flipped left to right, its two readings averaged
 *     (test-time flip)
 * @param equalize whether it reads the crop histogram-equalised ({@link Equalization})
 */
public record ExpressionNet(
    String name,
    GraphModel graph,
    String input,
    String output,
    double weight,
    boolean mirror,
    boolean equalize) {

  /** Validates. */
  public ExpressionNet {
    Arguments.requireNonBlank(name, "name");
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Arguments.requireInRange(weight, 0, 1e6, "weight");
  }

  /** A network that reads each crop once as it is (no mirror, no equalisation). */
  public ExpressionNet(String name, GraphModel graph, String input, String output, double weight) {
    this(name, graph, input, output, weight, false, false);
  }

  /** The same network with another ensemble weight. */
  public ExpressionNet withWeight(double other) {
    return new ExpressionNet(name, graph, input, output, other, mirror, equalize);
  }

  /** The same network, reading equalised crops or not. */
  public ExpressionNet withEqualize(boolean other) {
    return new ExpressionNet(name, graph, input, output, weight, mirror, other);
  }

  /** The same network, reading mirror images or not. */
  public ExpressionNet withMirror(boolean other) {
    return new ExpressionNet(name, graph, input, output, weight, other, equalize);
  }
}
