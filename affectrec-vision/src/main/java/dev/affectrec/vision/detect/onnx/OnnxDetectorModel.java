package dev.affectrec.vision.detect.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.affectrec.vision.detect.DetectorModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ONNX detector graph in an ONNX Runtime session, checked when opened: the file parses, its
 * input {@code input} is float32 [1, 3, H, W] with a fixed H and W, and it has the outputs the
 * decoder needs. Runs on one intra-op thread (the service parallelises over images). Thread-safe;
 * {@link #close} frees the native session.
 */
final class OnnxDetectorModel implements AutoCloseable {
  /** The input name both UltraFace and YuNet exports use. */
  static final String INPUT = "input";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final int width;
  private final int height;
  private final String id;

  private OnnxDetectorModel(
      OrtEnvironment env, OrtSession session, int width, int height, String id) {
    this.env = env;
    this.session = session;
    this.width = width;
    this.height = height;
    this.id = id;
  }

  /**
   * Opens and checks {@code file}.
   *
   * @param kind label for messages and the model id, for example {@code ultraface}
   * @param outputs output names the decoder reads
   * @throws DetectorModelException for a file that is not an ONNX model, or not of this kind
   * @throws UncheckedIOException if the file cannot be read
   */
  static OnnxDetectorModel open(Path file, String kind, List<String> outputs) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(kind + ": cannot read model file " + file, e);
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession session;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Old UltraFace exports list their weights as inputs; ORT warns once per weight.
      options.setSessionLogLevel(ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
      session = env.createSession(bytes, options);
    } catch (OrtException e) {
      throw new DetectorModelException(
          kind + ": " + file + " is not a readable ONNX model (" + firstLine(e) + ")", e);
    }
    try {
      return checked(env, session, file, kind, outputs, bytes);
    } catch (OrtException e) {
      closeQuietly(session);
      throw new DetectorModelException(kind + ": cannot inspect " + file + ": " + firstLine(e), e);
    } catch (RuntimeException e) {
      closeQuietly(session);
      throw e;
    }
  }

  private static OnnxDetectorModel checked(
      OrtEnvironment env,
      OrtSession session,
      Path file,
      String kind,
      List<String> outputs,
      byte[] bytes)
      throws OrtException {
    int[] hw = inputSize(session, file, kind);
    Set<String> names = session.getOutputNames();
    if (!names.containsAll(outputs)) {
      Set<String> missing = new LinkedHashSet<>(outputs);
      missing.removeAll(names);
      throw new DetectorModelException(
          kind + ": " + file + " lacks outputs " + missing + " (it has " + names + ")");
    }
    return new OnnxDetectorModel(env, session, hw[1], hw[0], kind + "/" + idOf(file, bytes));
  }

  private static int[] inputSize(OrtSession session, Path file, String kind) throws OrtException {
    Map<String, NodeInfo> inputs = session.getInputInfo();
    NodeInfo input = inputs.get(INPUT);
    if (input == null || !(input.getInfo() instanceof TensorInfo info)) {
      throw new DetectorModelException(
          kind
              + ": "
              + file
              + " has no tensor input '"
              + INPUT
              + "' (inputs "
              + inputs.keySet()
              + ")");
    }
    long[] shape = info.getShape();
    boolean ok =
        info.type == ai.onnxruntime.OnnxJavaType.FLOAT
            && shape.length == 4
            && (shape[0] == 1 || shape[0] == -1)
            && shape[1] == 3
            && shape[2] > 0
            && shape[3] > 0;
    if (!ok) {
      throw new DetectorModelException(
          kind
              + ": "
              + file
              + " has input '"
              + INPUT
              + "' of shape "
              + Arrays.toString(shape)
              + " and type "
              + info.type
              + "; expected float32 [1, 3, H, W] with fixed H and W");
    }
    return new int[] {(int) shape[2], (int) shape[3]};
  }

  /** Input width in pixels. */
  int width() {
    return width;
  }

  /** Input height in pixels. */
  int height() {
    return height;
  }

  /** {@code kind/file-name@sha256:first-12-hex}, for readings. */
  String id() {
    return id;
  }

  /**
   * Runs the graph on a planar [1, 3, height, width] input.
   *
   * @return the named outputs' values, flattened, in the order asked
   */
  float[][] run(float[] planar, List<String> outputs) {
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(
                env, FloatBuffer.wrap(planar), new long[] {1, 3, height, width});
        OrtSession.Result result =
            session.run(Map.of(INPUT, tensor), new LinkedHashSet<>(outputs))) {
      float[][] values = new float[outputs.size()][];
      for (int i = 0; i < values.length; i++) {
        OnnxTensor out = (OnnxTensor) result.get(outputs.get(i)).orElseThrow();
        FloatBuffer buffer = out.getFloatBuffer();
        values[i] = new float[buffer.remaining()];
        buffer.get(values[i]);
      }
      return values;
    } catch (OrtException e) {
      throw new IllegalStateException(id + ": inference failed: " + firstLine(e), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(session);
  }

  private static void closeQuietly(OrtSession session) {
    try {
      session.close();
    } catch (OrtException e) {
      // Nothing useful can be done: the native session is gone either way.
    }
  }

  private static String idOf(Path file, byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return file.getFileName() + "@sha256:" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage()).strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
