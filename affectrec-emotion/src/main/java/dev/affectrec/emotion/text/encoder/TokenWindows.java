package dev.affectrec.emotion.text.encoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The token windows of a list of texts: each window is {@code [CLS] pieces [SEP]}, and each knows
 * which text it came from and how many word pieces it carries. Not thread-safe; built per call.
 */
final class TokenWindows {
  private final List<int[]> ids = new ArrayList<>();
  private final List<Integer> owner = new ArrayList<>();

  private TokenWindows() {}

  static TokenWindows of(
      WordPieceTokenizer tokenizer, List<String> texts, int windowTokens, int maxWindows) {
    TokenWindows windows = new TokenWindows();
    int body = windowTokens - 2;
    for (int t = 0; t < texts.size(); t++) {
      int[] pieces = tokenizer.tokenize(texts.get(t));
      int count = Math.max(1, Math.min(maxWindows, (pieces.length + body - 1) / body));
      for (int w = 0; w < count; w++) {
        int from = w * body;
        int to = Math.min(pieces.length, from + body);
        int[] window = new int[Math.max(0, to - from) + 2];
        window[0] = tokenizer.clsId();
        if (to > from) {
          System.arraycopy(pieces, from, window, 1, to - from);
        }
        window[window.length - 1] = tokenizer.sepId();
        windows.ids.add(window);
        windows.owner.add(t);
      }
    }
    return windows;
  }

  static TokenWindows ofIds(List<int[]> tokenIds) {
    TokenWindows windows = new TokenWindows();
    for (int i = 0; i < tokenIds.size(); i++) {
      windows.ids.add(tokenIds.get(i));
      windows.owner.add(i);
    }
    return windows;
  }

  int size() {
    return ids.size();
  }

  int[] ids(int window) {
    return ids.get(window);
  }

  /** Window indices sorted by token count, so that each batch pads little. */
  int[] orderByLength() {
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ids.get(a).length, ids.get(b).length));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Window indices grouped into batches, shortest windows first: a batch holds at most {@code
   * maxWindows} windows and at most {@code maxTokens} padded tokens (windows x longest window),
   * except that a single window always forms a batch. Sorting keeps the padding small.
   */
  List<int[]> batches(int maxWindows, int maxTokens) {
    List<int[]> out = new ArrayList<>();
    int[] order = orderByLength();
    int from = 0;
    for (int i = 1; i <= order.length; i++) {
      int count = i - from;
      boolean full =
          i == order.length
              || count == maxWindows
              || (long) (count + 1) * ids.get(order[i]).length > maxTokens;
      if (full) {
        out.add(Arrays.copyOfRange(order, from, i));
        from = i;
      }
    }
    return out;
  }

  /** Averages each text's window vectors weighted by their lengths, then L2-normalises. */
  float[][] poolPerText(float[][] windowVectors, int texts, int dim) {
    float[][] pooled = new float[texts][dim];
    for (int w = 0; w < windowVectors.length; w++) {
      float weight = ids.get(w).length;
      float[] target = pooled[owner.get(w)];
      float[] vector = normalised(windowVectors[w]);
      for (int d = 0; d < dim; d++) {
        target[d] += weight * vector[d];
      }
    }
    for (float[] row : pooled) {
      normaliseInPlace(row);
    }
    return pooled;
  }

  private static float[] normalised(float[] v) {
    float[] copy = v.clone();
    normaliseInPlace(copy);
    return copy;
  }

  private static void normaliseInPlace(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    double norm = Math.sqrt(sum);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] / norm);
      }
    }
  }
}
