package dev.affectrec.emotion.text.head;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tiny head bundles frozen under {@code frozen/emotion/} and the texts they score: {@link
 * #FILE} in format 1 (logistic regression only, written before the MLP head and never rewritten),
 * {@link #MLP_FILE} in format 2 (an MLP embedding half).
 */
final class FrozenHeadBundle {
  /** The frozen format-1 file, a test resource. */
  static final String FILE = "/frozen/emotion/text-heads-tiny.bin.gz";

  /** Its recorded outputs, a test resource. */
  static final String EXPECTED = "/frozen/emotion/text-heads-tiny.expected.tsv";

  /** The frozen format-2 file with an MLP head, a test resource. */
  static final String MLP_FILE = "/frozen/emotion/text-heads-mlp-tiny.bin.gz";

  /** Its recorded outputs, a test resource. */
  static final String MLP_EXPECTED = "/frozen/emotion/text-heads-mlp-tiny.expected.tsv";

  private FrozenHeadBundle() {}

  /** Head probabilities for texts paired with fixed sentence vectors. */
  static Map<String, String> outputs(HeadBundle bundle) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> texts = List.of("good movie", "bad day", "good good day", "unknown words");
    TextHead head = bundle.head("sst2");
    for (int n = 0; n < texts.size(); n++) {
      SparseRow x = SparseRow.dense(new float[] {0.3f * n, 0.2f - n, -0.1f + 0.5f * n});
      double[] p = head.probabilities(x, bundle.vocabulary().transform(texts.get(n)));
      StringBuilder tokens = new StringBuilder();
      for (int c = 0; c < p.length; c++) {
        tokens.append(c == 0 ? "" : " ").append(head.labels().get(c)).append('=').append(p[c]);
      }
      out.put(texts.get(n), tokens.toString());
    }
    out.put("vocabulary", String.join(" ", bundle.vocabulary().terms()).replace(' ', '_') + "=0");
    return out;
  }
}
