package dev.affectrec.emotion.text.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A BERT-style sentence encoder run in-process through ONNX Runtime: [CLS] or mean pooling (per
 * {@link EncoderSpec#pooling()}) and L2 normalisation. Texts are tokenised, cut into windows of
 * {@link EncoderSpec#windowTokens()}, sorted by length and run in batches of at most {@link
 * EncoderSpec#batchSize()} windows and {@link EncoderSpec#batchTokens()} padded tokens; the windows
 * of one text are averaged, weighted by their token counts, and the result renormalised.
 *
 * <p>Parallelism: the session runs each batch on one intra-op thread, and up to {@code threads}
 * batches run at once. On this model's many small operators that scales better than ONNX Runtime's
 * intra-op threads, which synchronise (and spin) once per operator. The result does not depend on
 * the thread count: every batch is computed alone, on one thread.
 *
 * <p>Thread-safe: ONNX Runtime sessions accept concurrent {@code run} calls. Close it to free the
 * native session and the worker threads.
 */
public final class SentenceEncoder implements AutoCloseable {
  private final EncoderSpec spec;
  private final WordPieceTokenizer tokenizer;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final boolean needsTokenTypes;
  private final ExecutorService workers;

  private SentenceEncoder(
      EncoderSpec spec,
      WordPieceTokenizer tokenizer,
      OrtEnvironment env,
      OrtSession session,
      int threads) {
    this.spec = spec;
    this.tokenizer = tokenizer;
    this.env = env;
    this.session = session;
    this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
    this.workers = threads > 1 ? Executors.newFixedThreadPool(threads, daemon(spec)) : null;
  }

  private static ThreadFactory daemon(EncoderSpec spec) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t =
          new Thread(task, "affectrec-encoder-" + spec.name() + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Loads the encoder's model and tokenizer from the classpath.
   *
   * @param threads ONNX calls run at once, at least 1 (each on one thread)
   * @throws IllegalStateException if a resource is missing or the model does not load
   */
  public static SentenceEncoder load(EncoderSpec spec, int threads) {
    byte[] model = readResource(spec.modelResource());
    try (InputStream tok = resource(spec.tokenizerResource())) {
      return create(
          spec, WordPieceTokenizer.fromJson(tok, spec.tokenizerResource()), model, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads the encoder from files, for models kept outside the jar.
   *
   * @param threads ONNX calls run at once, at least 1 (each on one thread)
   * @throws IllegalStateException if a file is missing or the model does not load
   */
  public static SentenceEncoder load(EncoderSpec spec, Path model, Path tokenizer, int threads) {
    try {
      if (!Files.isRegularFile(model)) {
        throw new IllegalStateException("encoder model file not found: " + model);
      }
      if (!Files.isRegularFile(tokenizer)) {
        throw new IllegalStateException("encoder tokenizer file not found: " + tokenizer);
      }
      try (InputStream tok = Files.newInputStream(tokenizer)) {
        return create(
            spec,
            WordPieceTokenizer.fromJson(tok, tokenizer.toString()),
            Files.readAllBytes(model),
            threads);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SentenceEncoder create(
      EncoderSpec spec, WordPieceTokenizer tokenizer, byte[] model, int threads) {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      return new SentenceEncoder(
          spec, tokenizer, env, env.createSession(model, options), Math.max(1, threads));
    } catch (OrtException e) {
      throw new IllegalStateException(
          "encoder "
              + spec.name()
              + " model does not load (corrupt or not ONNX): "
              + e.getMessage(),
          e);
    }
  }

  /** The spec this encoder was loaded with. */
  public EncoderSpec spec() {
    return spec;
  }

  /** The tokenizer, for callers that pre-tokenise (benchmarks). */
  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * Embeds every text; row i belongs to text i. Each row has {@link
   * EncoderSpec#embeddingDimension()} values and unit L2 norm.
   *
   * @param texts never null, no null elements; blank texts are embedded as an empty sequence
   * @param maxWindows windows per text at most (1 truncates to the first window), at least 1
   */
  public float[][] embed(List<String> texts, int maxWindows) {
    Objects.requireNonNull(texts, "texts");
    TokenWindows windows = TokenWindows.of(tokenizer, texts, spec.windowTokens(), maxWindows);
    List<int[]> batches = windows.batches(spec.batchSize(), spec.batchTokens());
    List<float[][]> outputs = runAll(windows, batches);
    float[][] windowVectors = new float[windows.size()][];
    for (int b = 0; b < batches.size(); b++) {
      int[] batch = batches.get(b);
      for (int i = 0; i < batch.length; i++) {
        windowVectors[batch[i]] = outputs.get(b)[i];
      }
    }
    return windows.poolPerText(windowVectors, texts.size(), spec.embeddingDimension());
  }

  private List<float[][]> runAll(TokenWindows windows, List<int[]> batches) {
    List<float[][]> outputs = new ArrayList<>(batches.size());
    if (workers == null || batches.size() < 2) {
      for (int[] batch : batches) {
        outputs.add(runBatch(windows, batch));
      }
      return outputs;
    }
    List<Future<float[][]>> futures = new ArrayList<>(batches.size());
    for (int[] batch : batches) {
      futures.add(workers.submit(() -> runBatch(windows, batch)));
    }
    try {
      for (Future<float[][]> future : futures) {
        outputs.add(future.get());
      }
      return outputs;
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("encoder " + spec.name() + " interrupted", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("encoder " + spec.name() + " failed", e.getCause());
    }
  }

  /**
   * The token batches {@link #embed} would run for {@code texts}, in the order it submits them:
   * each inner list is one ONNX call's windows ({@code [CLS] pieces [SEP]}). For benchmarks that
   * time raw inference on exactly the pipeline's input.
   */
  public List<List<int[]>> plan(List<String> texts, int maxWindows) {
    TokenWindows windows = TokenWindows.of(tokenizer, texts, spec.windowTokens(), maxWindows);
    List<List<int[]>> out = new ArrayList<>();
    for (int[] batch : windows.batches(spec.batchSize(), spec.batchTokens())) {
      List<int[]> ids = new ArrayList<>(batch.length);
      for (int w : batch) {
        ids.add(windows.ids(w));
      }
      out.add(ids);
    }
    return out;
  }

  /**
   * Runs one padded batch of token windows and returns their pooled vectors (per {@link
   * EncoderSpec#pooling()}; [CLS] and mean vectors are not normalised). Public so that benchmarks
   * can time raw inference on pre-tokenised input.
   */
  public float[][] runTokenBatch(List<int[]> tokenIds) {
    TokenWindows windows = TokenWindows.ofIds(tokenIds);
    int[] all = new int[tokenIds.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return runBatch(windows, all);
  }

  private float[][] runBatch(TokenWindows windows, int[] batch) {
    int seq = 0;
    for (int w : batch) {
      seq = Math.max(seq, windows.ids(w).length);
    }
    long[] ids = new long[batch.length * seq];
    long[] mask = new long[batch.length * seq];
    for (int b = 0; b < batch.length; b++) {
      int[] tokens = windows.ids(batch[b]);
      for (int t = 0; t < tokens.length; t++) {
        ids[b * seq + t] = tokens[t];
        mask[b * seq + t] = 1;
      }
    }
    long[] shape = {batch.length, seq};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (needsTokenTypes) {
        inputs.put(
            "token_type_ids",
            OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(firstOutput()))) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        return pool(hidden, windows, batch, seq);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("encoder " + spec.name() + " failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** One vector per window of the batch, per {@link EncoderSpec#pooling()}. */
  private float[][] pool(FloatBuffer hidden, TokenWindows windows, int[] batch, int seq) {
    int dim = spec.dimension();
    float[][] out = new float[batch.length][spec.embeddingDimension()];
    float[] token = new float[dim];
    for (int b = 0; b < batch.length; b++) {
      hidden.position(b * seq * dim);
      switch (spec.pooling()) {
        case CLS -> hidden.get(out[b], 0, dim);
        case MEAN -> addMean(hidden, windows.ids(batch[b]).length, token, out[b], 0);
        case CLS_AND_MEAN -> {
          hidden.get(out[b], 0, dim);
          hidden.position(b * seq * dim);
          addMean(hidden, windows.ids(batch[b]).length, token, out[b], dim);
          scaleHalf(out[b], 0, dim);
          scaleHalf(out[b], dim, dim);
        }
      }
    }
    return out;
  }

  /** Adds the mean of the next {@code length} token vectors into {@code out} from {@code at}. */
  private static void addMean(FloatBuffer hidden, int length, float[] token, float[] out, int at) {
    for (int t = 0; t < length; t++) {
      hidden.get(token);
      for (int d = 0; d < token.length; d++) {
        out[at + d] += token[d] / length;
      }
    }
  }

  /** Scales {@code v[from, from + n)} to norm 1/&radic;2 (left at zero when it is zero). */
  private static void scaleHalf(float[] v, int from, int n) {
    double sum = 0;
    for (int i = from; i < from + n; i++) {
      sum += (double) v[i] * v[i];
    }
    if (sum > 0) {
      double scale = 1 / Math.sqrt(2 * sum);
      for (int i = from; i < from + n; i++) {
        v[i] = (float) (v[i] * scale);
      }
    }
  }

  private String firstOutput() {
    return session.getOutputNames().iterator().next();
  }

  private static InputStream resource(String name) {
    InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "encoder resource " + name + " not on the classpath (is the langchain4j jar missing?)");
    }
    return in;
  }

  private static byte[] readResource(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read encoder resource " + name, e);
    }
  }

  @Override
  public void close() {
    if (workers != null) {
      workers.shutdown();
      try {
        workers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close encoder session", e);
    }
  }
}
