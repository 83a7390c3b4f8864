package dev.affectrec.bench.emotion;

import dev.affectrec.bench.OneForkBenchmark;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import java.util.List;
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

/** Latency distribution (p50, p99) of reading one text at a time, cycling over 256 dev texts. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
public class SingleTextLatencyBenchmark extends OneForkBenchmark {
  @Param({"en", "zh"})
  public String language;

  private TextEmotionRecognizer recognizer;
  private List<String> texts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    recognizer = TextEmotionRecognizer.loadDefault(2);
    texts = BenchTexts.load(language, TextEmotionBenchmark.BATCH);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    recognizer.close();
  }

  /** One text through the full pipeline. */
  @Benchmark
  public Object single() {
    next = (next + 1) % texts.size();
    return recognizer.read(texts.get(next));
  }
}
