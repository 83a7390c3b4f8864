package dev.affectrec.vision.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny model.json with float32, int32 and uint8-quantised weights, written to a temp dir. */
class GraphModelLoaderTest {
  @TempDir Path dir;

  private static final String MODEL =
      """
      {"format":"graph-model","modelTopology":{"node":[
        {"name":"x","op":"Placeholder","attr":{"shape":{"shape":{"dim":[{"size":"-1"},{"size":"2"}]}}}},
        {"name":"b","op":"Const"},
        {"name":"q","op":"Const"},
        {"name":"s","op":"Const"},
        {"name":"sum","op":"AddV2","input":["x","b"]},
        {"name":"sum2","op":"AddV2","input":["sum:0","q","^x"]},
        {"name":"out","op":"Reshape","input":["sum2","s"]}
      ]},
      "weightsManifest":[{"paths":["w.bin"],"weights":[
        {"name":"b","shape":[2],"dtype":"float32"},
        {"name":"q","shape":[2],"dtype":"float32","quantization":{"dtype":"uint8","scale":0.5,"min":-1}},
        {"name":"s","shape":[1],"dtype":"int32"}
      ]}]}
      """;

  private void writeModel(String json, int extraBytes) throws IOException {
    Files.writeString(dir.resolve("model.json"), json);
    ByteBuffer bin = ByteBuffer.allocate(8 + 2 + 4 + extraBytes).order(ByteOrder.LITTLE_ENDIAN);
    bin.putFloat(1.5f).putFloat(-2f).put((byte) 0).put((byte) 4).putInt(-1);
    Files.write(dir.resolve("w.bin"), bin.array());
  }

  @Test
  void loadsAndRunsWeightsOfEveryKind() throws IOException {
    writeModel(MODEL, 0);
    GraphModel model = GraphModelLoader.load(dir.resolve("model.json"), false);
    assertThat(model.name()).isEqualTo("model.json");
    assertThat(model.inputs().get("x")).containsExactly(-1, 2);
    Tensor out =
        model.execute(Map.of("x", Tensor.of(new float[] {1, 1}, 1, 2)), List.of("out")).get("out");
    // 1 + 1.5 + (-1 + 0 * 0.5), 1 - 2 + (-1 + 4 * 0.5)
    assertThat(out.floats()).containsExactly(1.5f, 0f);
    assertThatThrownBy(
            () ->
                model.execute(Map.of("x", Tensor.of(new float[] {1, 1, 1}, 1, 3)), List.of("out")))
        .hasMessageContaining("must have shape [-1, 2] but has [1, 3]");
  }

  @Test
  void reportsShardsOfTheWrongLength() throws IOException {
    writeModel(MODEL, 4);
    assertThatThrownBy(() -> GraphModelLoader.load(dir.resolve("model.json"), false))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("4 bytes left over");
    Files.write(dir.resolve("w.bin"), new byte[3]);
    assertThatThrownBy(() -> GraphModelLoader.load(dir.resolve("model.json"), false))
        .hasMessageContaining("weight 'b' (float32) cannot be read: shard too short");
  }

  @Test
  void reportsMissingFilesAndUnknownOps() throws IOException {
    assertThatThrownBy(() -> GraphModelLoader.load(dir.resolve("absent.json"), false))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("cannot read TF.js model");
    writeModel(MODEL.replace("\"AddV2\",\"input\":[\"x\"", "\"Cumsum\",\"input\":[\"x\""), 0);
    assertThatThrownBy(() -> GraphModelLoader.load(dir.resolve("model.json"), false))
        .isInstanceOf(UnsupportedOpException.class)
        .hasMessageContaining("unsupported op Cumsum at node 'sum'");
    Files.writeString(dir.resolve("layers.json"), "{\"format\":\"layers-model\"}");
    assertThatThrownBy(() -> GraphModelLoader.load(dir.resolve("layers.json"), false))
        .hasMessageContaining("is not graph-model");
  }
}
