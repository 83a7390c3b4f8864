package dev.affectrec.emotion.text.encoder;

/** How an encoder's token vectors become one window vector. */
public enum Pooling {
  /** The first ([CLS]) token's vector: what bge was trained with. */
  CLS(1),
  /** The mean of the real (unpadded) tokens' vectors: what all-MiniLM-L6-v2 was trained with. */
  MEAN(1),
  /**
   * The [CLS] vector followed by the mean of the real tokens' vectors, each half scaled to norm
   * 1/&radic;2 so the whole has unit norm and neither half outweighs the other: twice the width.
   */
  CLS_AND_MEAN(2);

  private final int width;

  Pooling(int width) {
    this.width = width;
  }

  /** The pooled vector's length for an encoder whose hidden size is {@code hiddenSize}. */
  public int outputDimension(int hiddenSize) {
    return width * hiddenSize;
  }
}
