package dev.affectrec.bench.emotion;

import dev.affectrec.bench.OneForkBenchmark;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput of {@link TextEmotionRecognizer#readAll} on {@link #BATCH} real dev texts per
 * operation (texts/s = ops/s x 256), against {@code raw}: ONNX Runtime alone on exactly the token
 * batches the pipeline runs for the same texts (same windows, same sorting and batching,
 * pre-tokenised), with the same number of concurrent calls. Our overhead = 1 - pipeline ops/s / raw
 * ops/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
public class TextEmotionBenchmark extends OneForkBenchmark {
  /** Texts per operation. */
  public static final int BATCH = 256;

  /**
   * {@code en}, {@code zh} (shopping reviews) or {@code zh-weibo} (short posts): see BenchTexts.
   */
  @Param({"en", "zh", "zh-weibo"})
  public String language;

  /** Concurrent ONNX calls, in the pipeline and the baseline alike. */
  static final int THREADS = 2;

  private TextEmotionRecognizer recognizer;
  private SentenceEncoder encoder;
  private List<String> texts;
  private List<List<int[]>> tokenBatches;
  private ExecutorService workers;

  @Setup(Level.Trial)
  public void setUp() {
    recognizer = TextEmotionRecognizer.loadDefault(THREADS);
    EncoderSpec spec = BenchTexts.encoderFor(language);
    encoder = SentenceEncoder.load(spec, 1);
    texts = BenchTexts.load(language, BATCH);
    tokenBatches = encoder.plan(texts, TextEmotionRecognizer.MAX_WINDOWS);
    workers = Executors.newFixedThreadPool(THREADS);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    recognizer.close();
    encoder.close();
    workers.shutdown();
  }

  /** The full pipeline: routing, tokenising, batching, encoder, heads, reading assembly. */
  @Benchmark
  public Object pipeline() {
    return recognizer.readAll(texts);
  }

  /** Baseline: only OrtSession.run on the pipeline's pre-tokenised batches, as concurrently. */
  @Benchmark
  public Object raw() throws InterruptedException, ExecutionException {
    List<Future<float[][]>> runs = new ArrayList<>(tokenBatches.size());
    for (List<int[]> batch : tokenBatches) {
      runs.add(workers.submit(() -> encoder.runTokenBatch(batch)));
    }
    float[][] last = null;
    for (Future<float[][]> run : runs) {
      last = run.get();
    }
    return last;
  }
}
