package dev.affectrec.bench.emotion;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encoder cost in texts per CPU-second of one thread, for window and batching settings side by
 * side: CPU time, unlike wall time, hardly moves when other processes share the cores, so settings
 * can be compared on a busy machine. Each setting embeds the same 256 dev texts (as {@link
 * TextEmotionBenchmark}) in interleaved rounds; the best round counts.
 *
 * <p>Each round also times the whole pipeline ({@link TextEmotionRecognizer#readAll} with the
 * shipped settings, one thread) on the same texts; against the shipped encoder setting that gives
 * our cost beyond ONNX Runtime in CPU time: 1 - pipeline rate / encoder rate.
 *
 * <p>{@code java -cp benchmarks.jar dev.affectrec.bench.emotion.EncoderCpuTime LANG ROUNDS
 * WINDOW:BATCH_TOKENS[:BATCH_WINDOWS]... [--model MODEL.onnx TOKENIZER.json]} with {@code
 * -Daffectrec.shared.dir}; {@code --model} swaps in another ONNX file of the same encoder (for
 * example the float32 export).
 */
public final class EncoderCpuTime {
  private EncoderCpuTime() {}

  /** Entry point. */
  public static void main(String[] args) {
    String language = args[0];
    int rounds = Integer.parseInt(args[1]);
    List<String> all = List.of(args);
    int modelAt = all.indexOf("--model");
    List<String> settings = all.subList(2, modelAt < 0 ? args.length : modelAt);
    EncoderSpec base = BenchTexts.encoderFor(language);
    List<String> texts = BenchTexts.load(language, TextEmotionBenchmark.BATCH);
    Map<String, SentenceEncoder> encoders = new LinkedHashMap<>();
    for (String setting : settings) {
      String[] f = setting.split(":");
      EncoderSpec spec =
          base.withWindowTokens(Integer.parseInt(f[0])).withBatchTokens(Integer.parseInt(f[1]));
      if (f.length > 2) {
        spec =
            new EncoderSpec(
                spec.name(),
                spec.modelResource(),
                spec.tokenizerResource(),
                spec.dimension(),
                spec.windowTokens(),
                Integer.parseInt(f[2]),
                spec.batchTokens(),
                spec.pooling());
      }
      encoders.put(
          setting,
          modelAt < 0
              ? SentenceEncoder.load(spec, 1)
              : SentenceEncoder.load(
                  spec, Path.of(args[modelAt + 1]), Path.of(args[modelAt + 2]), 1));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Double> best = new LinkedHashMap<>();
    Map<String, Integer> padded = new LinkedHashMap<>();
    TextEmotionRecognizer pipeline = TextEmotionRecognizer.loadDefault(1);
    for (int round = 0; round < rounds; round++) {
      long begin = threads.getCurrentThreadCpuTime();
      pipeline.readAll(texts);
      double pipelineSeconds = (threads.getCurrentThreadCpuTime() - begin) / 1e9;
      best.merge("pipeline (shipped)", texts.size() / pipelineSeconds, Math::max);
      for (Map.Entry<String, SentenceEncoder> e : encoders.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        e.getValue().embed(texts, TextEmotionRecognizer.MAX_WINDOWS);
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        best.merge(e.getKey(), texts.size() / seconds, Math::max);
        int tokens = 0;
        for (List<int[]> batch : e.getValue().plan(texts, TextEmotionRecognizer.MAX_WINDOWS)) {
          tokens += batch.size() * batch.get(batch.size() - 1).length;
        }
        padded.put(e.getKey(), tokens);
      }
    }
    best.forEach(
        (setting, rate) ->
            System.out.printf(
                "%s %s: %.0f texts per CPU-second, %s padded tokens per 256 texts%n",
                language, setting, rate, padded.getOrDefault(setting, -1)));
    encoders.values().forEach(SentenceEncoder::close);
    pipeline.close();
  }
}
