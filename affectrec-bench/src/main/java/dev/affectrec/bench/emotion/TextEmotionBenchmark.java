package dev.affectrec.bench.emotion;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput of {@link TextEmotionRecognizer#readAll} on {@link #BATCH} real dev texts per
 * operation (texts/s = ops/s x 256), against {@code raw}: ONNX Runtime alone on the same texts,
 * pre-tokenised and pre-sorted into batches of 32. Our overhead = 1 - raw time / pipeline time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
@Fork(1)
public class TextEmotionBenchmark {
  /** Texts per operation. */
  public static final int BATCH = 256;

  @Param({"en", "zh"})
  public String language;

  private TextEmotionRecognizer recognizer;
  private SentenceEncoder encoder;
  private List<String> texts;
  private List<List<int[]>> tokenBatches;

  @Setup(Level.Trial)
  public void setUp() {
    recognizer = TextEmotionRecognizer.loadDefault(2);
    EncoderSpec spec = language.equals("zh") ? EncoderSpec.BGE_SMALL_ZH : EncoderSpec.BGE_SMALL_EN;
    encoder = SentenceEncoder.load(spec, 2);
    texts = BenchTexts.load(language, BATCH);
    List<int[]> windows = new ArrayList<>();
    for (String text : texts) {
      int[] pieces = encoder.tokenizer().tokenize(text);
      int n = Math.min(pieces.length, spec.windowTokens() - 2);
      int[] ids = new int[n + 2];
      ids[0] = encoder.tokenizer().clsId();
      System.arraycopy(pieces, 0, ids, 1, n);
      ids[n + 1] = encoder.tokenizer().sepId();
      windows.add(ids);
    }
    windows.sort(Comparator.comparingInt(w -> w.length));
    tokenBatches = new ArrayList<>();
    for (int i = 0; i < windows.size(); i += spec.batchSize()) {
      tokenBatches.add(windows.subList(i, Math.min(windows.size(), i + spec.batchSize())));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    recognizer.close();
    encoder.close();
  }

  /** The full pipeline: routing, tokenising, batching, encoder, heads, reading assembly. */
  @Benchmark
  public Object pipeline() {
    return recognizer.readAll(texts);
  }

  /** Baseline: only OrtSession.run on the pre-tokenised, pre-sorted batches. */
  @Benchmark
  public Object raw() {
    float[][] last = null;
    for (List<int[]> batch : tokenBatches) {
      last = encoder.runTokenBatch(batch);
    }
    return last;
  }
}
