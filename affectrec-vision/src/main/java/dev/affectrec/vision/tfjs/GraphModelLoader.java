package dev.affectrec.vision.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TF.js {@code graph-model}: the {@code modelTopology.node} list of {@code model.json} and
 * the little-endian weight shards listed in its {@code weightsManifest}. Supports float32 and int32
 * weights and the uint8/uint16 affine quantisation of {@code tensorflowjs_converter}. Stateless and
 * thread-safe.
 */
public final class GraphModelLoader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GraphModelLoader() {}

  /**
   * Loads {@code modelJson} and the shards next to it.
   *
   * @param parallel whether large convolutions may use the common fork-join pool
   * @throws ModelFormatException naming the file and what is wrong
   */
  public static GraphModel load(Path modelJson, boolean parallel) {
    JsonNode root;
    try {
      root = JSON.readTree(modelJson.toFile());
    } catch (IOException e) {
      throw new ModelFormatException(
          "cannot read TF.js model " + modelJson + ": " + e.getMessage(), e);
    }
    String file = modelJson.getFileName().toString();
    if (!"graph-model".equals(root.path("format").asText("graph-model"))) {
      throw new ModelFormatException(
          file + ": format '" + root.path("format").asText() + "' is not graph-model");
    }
    JsonNode nodes = root.path("modelTopology").path("node");
    if (!nodes.isArray() || nodes.isEmpty()) {
      throw new ModelFormatException(file + ": modelTopology.node is missing or empty");
    }
    List<GraphNode> graph = new ArrayList<>();
    for (JsonNode n : nodes) {
      graph.add(node(n));
    }
    Map<String, Tensor> weights = new HashMap<>();
    for (JsonNode group : root.path("weightsManifest")) {
      weights.putAll(readGroup(modelJson.getParent(), file, group));
    }
    return new GraphModel(file, graph, weights, parallel);
  }

  private static GraphNode node(JsonNode n) {
    List<String> inputs = new ArrayList<>();
    for (JsonNode input : n.path("input")) {
      if (!input.asText().startsWith("^")) {
        inputs.add(TopologicalOrder.nodeName(input.asText()));
      }
    }
    Map<String, JsonNode> attrs = new LinkedHashMap<>();
    n.path("attr").properties().forEach(e -> attrs.put(e.getKey(), e.getValue()));
    return new GraphNode(
        n.path("name").asText(), n.path("op").asText(), inputs, new NodeAttributes(attrs));
  }

  private static Map<String, Tensor> readGroup(Path dir, String file, JsonNode group) {
    ByteBuffer bytes = concatenatedShards(dir, file, group.path("paths"));
    Map<String, Tensor> out = new HashMap<>();
    for (JsonNode w : group.path("weights")) {
      String name = w.path("name").asText();
      int[] shape = new int[w.path("shape").size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = w.path("shape").get(i).asInt();
      }
      int count = Tensor.size(shape);
      String dtype = w.path("dtype").asText();
      JsonNode quantization = w.get("quantization");
      try {
        out.put(
            name,
            quantization != null
                ? WeightDecoding.dequantize(bytes, count, shape, quantization)
                : WeightDecoding.plain(bytes, count, shape, dtype));
      } catch (RuntimeException e) {
        throw new ModelFormatException(
            file + ": weight '" + name + "' (" + dtype + ") cannot be read: " + e.getMessage(), e);
      }
    }
    if (bytes.hasRemaining()) {
      throw new ModelFormatException(
          file + ": " + bytes.remaining() + " bytes left over after the listed weights");
    }
    return out;
  }

  private static ByteBuffer concatenatedShards(Path dir, String file, JsonNode paths) {
    List<byte[]> shards = new ArrayList<>();
    int total = 0;
    for (JsonNode p : paths) {
      Path shard = dir.resolve(p.asText()).normalize();
      if (!shard.startsWith(dir.normalize())) {
        throw new ModelFormatException(file + ": shard path escapes the model folder: " + p);
      }
      try {
        byte[] data = Files.readAllBytes(shard);
        shards.add(data);
        total = Math.addExact(total, data.length);
      } catch (IOException e) {
        throw new ModelFormatException(file + ": cannot read weight shard " + shard, e);
      }
    }
    ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    shards.forEach(buffer::put);
    return buffer.flip();
  }
}
