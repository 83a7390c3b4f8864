package dev.affectrec.emotion.text.features;

import dev.affectrec.emotion.text.head.SparseRow;

/**
 * Builds the embedding head's input row: the sentence embedding followed by the cues. Stateless.
 */
public final class HeadInputs {
  private HeadInputs() {}

  /** {@code embedding ++ CueFeatures.of(text)} as a dense row. */
  public static SparseRow embeddingRow(float[] embedding, String text, boolean chinese) {
    float[] cues = CueFeatures.of(text, chinese);
    float[] row = new float[embedding.length + cues.length];
    System.arraycopy(embedding, 0, row, 0, embedding.length);
    System.arraycopy(cues, 0, row, embedding.length, cues.length);
    return SparseRow.dense(row);
  }
}
