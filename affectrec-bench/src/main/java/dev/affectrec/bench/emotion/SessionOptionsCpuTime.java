package dev.affectrec.bench.emotion;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raw ONNX Runtime cost of the shipped encoder in texts per CPU-second of one thread, for ONNX
 * Runtime session options side by side, in interleaved rounds (as {@link EncoderCpuTime}). Every
 * variant runs exactly the token batches the pipeline runs for the same 256 dev texts, on one
 * intra-op thread, starting from the shipped options (all graph optimisations).
 *
 * <p>{@code java -cp benchmarks.jar dev.affectrec.bench.emotion.SessionOptionsCpuTime LANG ROUNDS
 * VARIANT...} with {@code -Daffectrec.shared.dir}. A variant is a comma-separated list of: {@code
 * base} (the shipped options), {@code extended}, {@code basic}, {@code none} (graph optimisation
 * level), {@code no-memory-pattern}, {@code no-arena}, {@code dump=FILE} (write the optimised
 * graph), {@code profile=PREFIX} (ONNX Runtime's per-operator profile, JSON) or {@code KEY=VALUE}
 * (a session config entry such as {@code session.disable_prepacking=1}).
 */
public final class SessionOptionsCpuTime {
  private SessionOptionsCpuTime() {}

  /** Entry point. */
  public static void main(String[] args) throws OrtException {
    String language = args[0];
    int rounds = Integer.parseInt(args[1]);
    EncoderSpec spec = BenchTexts.encoderFor(language);
    List<String> texts = BenchTexts.load(language, TextEmotionBenchmark.BATCH);
    List<List<int[]>> plan;
    try (SentenceEncoder encoder = SentenceEncoder.load(spec, 1)) {
      plan = encoder.plan(texts, TextEmotionRecognizer.MAX_WINDOWS);
    }
    byte[] model = readModel(spec.modelResource());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    System.out.println("ONNX Runtime " + env.getVersion());
    Map<String, OrtSession> sessions = new LinkedHashMap<>();
    for (String variant : List.of(args).subList(2, args.length)) {
      try (SessionOptions options = options(variant)) {
        sessions.put(variant, env.createSession(model, options));
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, OrtSession> e : sessions.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        for (List<int[]> batch : plan) {
          run(env, e.getValue(), batch);
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        rates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(texts.size() / seconds);
      }
    }
    for (Map.Entry<String, OrtSession> e : sessions.entrySet()) {
      List<Double> sorted = new ArrayList<>(rates.get(e.getKey()));
      Collections.sort(sorted);
      System.out.printf(
          "%s %s: best %.0f, median %.0f texts per CPU-second%n",
          language, e.getKey(), sorted.get(sorted.size() - 1), sorted.get(sorted.size() / 2));
      e.getValue().endProfiling();
      e.getValue().close();
    }
  }

  private static SessionOptions options(String variant) throws OrtException {
    SessionOptions options = new SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OptLevel.ALL_OPT);
    for (String part : variant.split(",")) {
      String[] kv = part.split("=", 2);
      switch (kv[0]) {
        case "base" -> {}
        case "extended" -> options.setOptimizationLevel(OptLevel.EXTENDED_OPT);
        case "basic" -> options.setOptimizationLevel(OptLevel.BASIC_OPT);
        case "none" -> options.setOptimizationLevel(OptLevel.NO_OPT);
        case "no-memory-pattern" -> options.setMemoryPatternOptimization(false);
        case "no-arena" -> options.setCPUArenaAllocator(false);
        case "dump" -> options.setOptimizedModelFilePath(kv[1]);
        case "profile" -> options.enableProfiling(kv[1]);
        default -> {
          if (kv.length != 2) {
            throw new IllegalArgumentException("unknown session option variant: " + part);
          }
          options.addConfigEntry(kv[0], kv[1]);
        }
      }
    }
    return options;
  }

  private static void run(OrtEnvironment env, OrtSession session, List<int[]> batch)
      throws OrtException {
    int seq = 0;
    for (int[] window : batch) {
      seq = Math.max(seq, window.length);
    }
    long[] ids = new long[batch.size() * seq];
    long[] mask = new long[ids.length];
    for (int b = 0; b < batch.size(); b++) {
      int[] tokens = batch.get(b);
      for (int t = 0; t < tokens.length; t++) {
        ids[b * seq + t] = tokens[t];
        mask[b * seq + t] = 1;
      }
    }
    long[] shape = {batch.size(), seq};
    Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put(
            "token_type_ids",
            OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result =
          session.run(inputs, Set.of(session.getOutputNames().iterator().next()))) {
        ((OnnxTensor) result.get(0)).getFloatBuffer();
      }
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static byte[] readModel(String resource) {
    try (InputStream in =
        SessionOptionsCpuTime.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("encoder model " + resource + " not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
