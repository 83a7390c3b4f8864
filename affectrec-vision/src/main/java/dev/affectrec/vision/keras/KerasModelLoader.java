package dev.affectrec.vision.keras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.affectrec.vision.tfjs.GraphModel;
import dev.affectrec.vision.tfjs.GraphNode;
import dev.affectrec.vision.tfjs.NodeAttributes;
import dev.affectrec.vision.tfjs.Tensor;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a functional or sequential Keras model saved as one HDF5 file ({@code model_config}
 * attribute plus {@code model_weights} group) and translates it into graph nodes this project's
 * executor runs: Conv2D and SeparableConv2D (depthwise then pointwise) with a following
 * BatchNormalization folded into their weights and bias, ReLU, softmax, 2-D max pooling, Add and
 * global average pooling, channels-last only. Anything else is refused with the layer named.
 */
public final class KerasModelLoader {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Path file;
  private final HdfFile hdf;
  private final List<GraphNode> nodes = new ArrayList<>();
  private final Map<String, Tensor> constants = new LinkedHashMap<>();

  /** Keras layer name to the node that holds its output. */
  private final Map<String, String> outputs = new HashMap<>();

  private KerasModelLoader(Path file, HdfFile hdf) {
    this.file = file;
    this.hdf = hdf;
  }

  /**
   * Loads {@code file}.
   *
   * @throws KerasModelException for a file that is not a Keras HDF5 model or uses a layer or
   *     setting not listed above
   */
  public static KerasGraph load(Path file) {
    try (HdfFile hdf = new HdfFile(file)) {
      return new KerasModelLoader(file, hdf).translate();
    } catch (KerasModelException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new KerasModelException(
          file + ": not a readable Keras HDF5 model (" + e.getMessage() + ")", e);
    }
  }

  private KerasGraph translate() {
    JsonNode config = modelConfig();
    JsonNode layers = config.path("config").path("layers");
    if (!layers.isArray() || layers.isEmpty()) {
      throw fail("the model config lists no layers");
    }
    Map<String, Integer> consumers = new HashMap<>();
    for (JsonNode layer : layers) {
      for (String input : inboundNames(layer)) {
        consumers.merge(input, 1, Integer::sum);
      }
    }
    Map<String, JsonNode> folded = new HashMap<>();
    for (JsonNode layer : layers) {
      List<String> in = inboundNames(layer);
      if (layer.path("class_name").asText().equals("BatchNormalization")
          && in.size() == 1
          && consumers.getOrDefault(in.get(0), 0) == 1) {
        folded.put(in.get(0), layer);
      }
    }
    String input = null;
    for (JsonNode layer : layers) {
      String kind = layer.path("class_name").asText();
      String name = layer.path("config").path("name").asText(layer.path("name").asText());
      JsonNode cfg = layer.path("config");
      List<String> in = inboundNames(layer).stream().map(this::producer).toList();
      checkChannelsLast(name, cfg);
      switch (kind) {
        case "InputLayer" -> {
          input = name;
          addInput(name, cfg);
        }
        case "Conv2D" -> addConv(name, cfg, in.get(0), "", folded.get(name));
        case "SeparableConv2D" -> addSeparable(name, cfg, in.get(0), folded.get(name));
        case "BatchNormalization" -> {
          if (!folded.containsValue(layer)) {
            throw fail(
                "layer "
                    + name
                    + ": BatchNormalization is supported only right after a Conv2D or"
                    + " SeparableConv2D whose only consumer it is");
          }
        }
        case "Activation" -> addActivation(name, cfg.path("activation").asText(), in.get(0));
        case "MaxPooling2D" -> addMaxPool(name, cfg, in.get(0));
        case "Add" -> addSum(name, in);
        case "GlobalAveragePooling2D" -> addGlobalAverage(name, in.get(0));
        default -> throw fail("layer " + name + ": Keras layer " + kind + " is not supported");
      }
    }
    if (input == null) {
      throw fail("the model has no InputLayer");
    }
    JsonNode outputLayers = config.path("config").path("output_layers");
    String last =
        outputLayers.isArray() && outputLayers.size() == 1
            ? outputLayers.get(0).get(0).asText()
            : nodes.get(nodes.size() - 1).name();
    return new KerasGraph(
        new GraphModel(file.getFileName().toString(), nodes, constants, false),
        input,
        producer(last));
  }

  private JsonNode modelConfig() {
    Attribute attribute = hdf.getAttribute("model_config");
    if (attribute == null) {
      throw fail("no model_config attribute: save the whole model (model.save), not weights only");
    }
    try {
      return new ObjectMapper().readTree(text(attribute.getData()));
    } catch (IOException e) {
      throw new KerasModelException(file + ": model_config is not JSON: " + e.getMessage(), e);
    }
  }

  private static List<String> inboundNames(JsonNode layer) {
    List<String> names = new ArrayList<>();
    JsonNode inbound = layer.path("inbound_nodes");
    if (inbound.isArray() && !inbound.isEmpty()) {
      for (JsonNode edge : inbound.get(0)) {
        names.add(edge.get(0).asText());
      }
    }
    return names;
  }

  private String producer(String layer) {
    String node = outputs.get(layer);
    if (node == null) {
      throw fail("layer " + layer + " is used before it is defined");
    }
    return node;
  }

  private void addInput(String name, JsonNode cfg) {
    ArrayNode dims = JSON.arrayNode();
    for (JsonNode d : cfg.path("batch_input_shape")) {
      dims.add(JSON.objectNode().put("size", d.isNull() ? "-1" : d.asText()));
    }
    ObjectNode shape = JSON.objectNode();
    shape.set("shape", JSON.objectNode().set("dim", dims));
    add(name, "Placeholder", List.of(), Map.of("shape", shape));
    outputs.put(name, name);
  }

  /**
   * A convolution named {@code name} with kernel {@code kernel} of layer {@code layer}, its
   * optional bias and a following BatchNormalization {@code bn} folded in.
   */
  private void addConv(String name, JsonNode cfg, String input, String prefix, JsonNode bn) {
    Map<String, Dataset> weights = weights(name);
    Dataset kernelSet = weight(weights, name, prefix.isEmpty() ? "kernel" : "pointwise_kernel");
    float[] kernel = floats(kernelSet);
    int[] shape = kernelSet.getDimensions();
    int channels = shape[3];
    float[] bias = new float[channels];
    if (cfg.path("use_bias").asBoolean(true)) {
      bias = floats(weight(weights, name, "bias"));
    }
    String activation = cfg.path("activation").asText("linear");
    if (bn != null) {
      if (!activation.equals("linear")) {
        throw fail("layer " + name + ": BatchNormalization after a fused activation");
      }
      fold(kernel, bias, channels, bn);
      outputs.put(bn.path("config").path("name").asText(), name);
    }
    String kernelNode = name + "/kernel";
    String biasNode = name + "/bias";
    constant(kernelNode, Tensor.of(kernel, shape));
    constant(biasNode, Tensor.of(bias, channels));
    int[] strides = prefix.isEmpty() ? pair(cfg, "strides") : new int[] {1, 1};
    String padding = prefix.isEmpty() ? padding(name, cfg) : "VALID";
    List<String> ops = new ArrayList<>(List.of("BiasAdd"));
    switch (activation) {
      case "linear" -> {}
      case "relu" -> ops.add("Relu");
      default -> throw fail("layer " + name + ": activation " + activation + " is not supported");
    }
    ArrayNode fused = JSON.arrayNode();
    ops.forEach(op -> fused.add(base64(op)));
    add(
        name,
        "_FusedConv2D",
        List.of(input, kernelNode, biasNode),
        Map.of(
            "strides", ints(1, strides[0], strides[1], 1),
            "padding", JSON.objectNode().put("s", base64(padding)),
            "fused_ops", JSON.objectNode().set("list", JSON.objectNode().set("s", fused)),
            "num_args", JSON.objectNode().put("i", "1")));
    outputs.put(name, name);
  }

  private void addSeparable(String name, JsonNode cfg, String input, JsonNode bn) {
    Dataset depthwise = weight(weights(name), name, "depthwise_kernel");
    String kernelNode = name + "/depthwise_kernel";
    constant(kernelNode, Tensor.of(floats(depthwise), depthwise.getDimensions()));
    int[] strides = pair(cfg, "strides");
    String depthwiseNode = name + "/depthwise";
    add(
        depthwiseNode,
        "DepthwiseConv2dNative",
        List.of(input, kernelNode),
        Map.of(
            "strides", ints(1, strides[0], strides[1], 1),
            "padding", JSON.objectNode().put("s", base64(padding(name, cfg)))));
    addConv(name, cfg, depthwiseNode, "pointwise", bn);
  }

  /** Folds y = gamma (x - mean) / sqrt(var + eps) + beta into the kernel and bias. */
  private void fold(float[] kernel, float[] bias, int channels, JsonNode bn) {
    String name = bn.path("config").path("name").asText();
    JsonNode cfg = bn.path("config");
    JsonNode axis = cfg.path("axis");
    int a = axis.isArray() ? axis.get(0).asInt() : axis.asInt(-1);
    if (a != -1 && a != 3) {
      throw fail("layer " + name + ": BatchNormalization over axis " + a + " (only -1 or 3)");
    }
    Map<String, Dataset> weights = weights(name);
    double eps = cfg.path("epsilon").asDouble(1e-3);
    float[] gamma =
        cfg.path("scale").asBoolean(true) ? floats(weight(weights, name, "gamma")) : null;
    float[] beta =
        cfg.path("center").asBoolean(true) ? floats(weight(weights, name, "beta")) : null;
    float[] mean = floats(weight(weights, name, "moving_mean"));
    float[] variance = floats(weight(weights, name, "moving_variance"));
    double[] scale = new double[channels];
    for (int o = 0; o < channels; o++) {
      scale[o] = (gamma == null ? 1 : gamma[o]) / Math.sqrt(variance[o] + eps);
      bias[o] = (float) ((bias[o] - mean[o]) * scale[o] + (beta == null ? 0 : beta[o]));
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] = (float) (kernel[i] * scale[i % channels]);
    }
  }

  private void addActivation(String name, String activation, String input) {
    String op =
        switch (activation) {
          case "relu" -> "Relu";
          case "softmax" -> "Softmax";
          case "linear" -> "Identity";
          default ->
              throw fail("layer " + name + ": activation " + activation + " is not supported");
        };
    add(name, op, List.of(input), Map.of());
    outputs.put(name, name);
  }

  private void addMaxPool(String name, JsonNode cfg, String input) {
    int[] size = pair(cfg, "pool_size");
    int[] strides = cfg.path("strides").isNull() ? size : pair(cfg, "strides");
    add(
        name,
        "MaxPool",
        List.of(input),
        Map.of(
            "ksize", ints(1, size[0], size[1], 1),
            "strides", ints(1, strides[0], strides[1], 1),
            "padding", JSON.objectNode().put("s", base64(padding(name, cfg)))));
    outputs.put(name, name);
  }

  private void addSum(String name, List<String> inputs) {
    String sum = inputs.get(0);
    for (int i = 1; i < inputs.size(); i++) {
      String node = i == inputs.size() - 1 ? name : name + "/" + i;
      add(node, "AddV2", List.of(sum, inputs.get(i)), Map.of());
      sum = node;
    }
    outputs.put(name, sum);
  }

  private void addGlobalAverage(String name, String input) {
    String axes = name + "/axes";
    constant(axes, Tensor.ofInts(new int[] {1, 2}, 2));
    add(name, "Mean", List.of(input, axes), Map.of("keep_dims", JSON.objectNode().put("b", false)));
    outputs.put(name, name);
  }

  private void add(String name, String op, List<String> inputs, Map<String, JsonNode> attributes) {
    nodes.add(new GraphNode(name, op, inputs, new NodeAttributes(attributes)));
  }

  private void constant(String name, Tensor value) {
    constants.put(name, value);
    add(name, "Const", List.of(), Map.of());
  }

  /** The layer's weight datasets by their short name ({@code kernel}, {@code gamma}, ...). */
  private Map<String, Dataset> weights(String layer) {
    Node group = hdf.getByPath("/model_weights/" + layer);
    Attribute names = group.getAttribute("weight_names");
    Map<String, Dataset> out = new HashMap<>();
    if (names == null) {
      return out;
    }
    for (String weightName : strings(names.getData())) {
      String shortName = weightName.substring(weightName.lastIndexOf('/') + 1).replace(":0", "");
      out.put(shortName, hdf.getDatasetByPath("/model_weights/" + layer + "/" + weightName));
    }
    return out;
  }

  private Dataset weight(Map<String, Dataset> weights, String layer, String name) {
    Dataset d = weights.get(name);
    if (d == null) {
      throw fail("layer " + layer + " has no weight '" + name + "' (has " + weights.keySet() + ")");
    }
    return d;
  }

  private float[] floats(Dataset d) {
    Object data = d.getDataFlat();
    if (data instanceof float[] f) {
      return f.clone();
    }
    if (data instanceof double[] v) {
      float[] out = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = (float) v[i];
      }
      return out;
    }
    throw fail(d.getPath() + ": weights must be float32 or float64");
  }

  private void checkChannelsLast(String name, JsonNode cfg) {
    String format = cfg.path("data_format").asText("channels_last");
    if (!format.equals("channels_last")) {
      throw fail("layer " + name + ": data_format " + format + " (only channels_last)");
    }
    JsonNode dilation = cfg.path("dilation_rate");
    if (dilation.isArray()) {
      for (JsonNode d : dilation) {
        if (d.asInt() != 1) {
          throw fail("layer " + name + ": dilation_rate other than 1");
        }
      }
    }
  }

  private String padding(String name, JsonNode cfg) {
    return switch (cfg.path("padding").asText("valid")) {
      case "same" -> "SAME";
      case "valid" -> "VALID";
      default -> throw fail("layer " + name + ": padding " + cfg.path("padding").asText());
    };
  }

  private static int[] pair(JsonNode cfg, String key) {
    JsonNode v = cfg.path(key);
    return v.isArray() ? new int[] {v.get(0).asInt(), v.get(1).asInt()} : new int[] {1, 1};
  }

  private static ObjectNode ints(int... values) {
    ArrayNode list = JSON.arrayNode();
    for (int v : values) {
      list.add(String.valueOf(v));
    }
    return JSON.objectNode().set("list", JSON.objectNode().set("i", list));
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Object data) {
    if (data instanceof String s) {
      return s;
    }
    if (data instanceof String[] a && a.length == 1) {
      return a[0];
    }
    if (data instanceof byte[] b) {
      return new String(b, StandardCharsets.UTF_8);
    }
    throw new IllegalStateException("attribute is not a string");
  }

  private static String[] strings(Object data) {
    if (data instanceof String[] a) {
      return a;
    }
    if (data instanceof String s) {
      return new String[] {s};
    }
    throw new IllegalStateException("weight_names is not a list of strings");
  }

  private KerasModelException fail(String what) {
    return new KerasModelException(file + ": " + what);
  }
}
