package dev.affectrec.emotion.text.encoder;

/** How an encoder's token vectors become one window vector. */
public enum Pooling {
  /** The first ([CLS]) token's vector: what bge was trained with. */
  CLS,
  /** The mean of the real (unpadded) tokens' vectors: what all-MiniLM-L6-v2 was trained with. */
  MEAN
}
