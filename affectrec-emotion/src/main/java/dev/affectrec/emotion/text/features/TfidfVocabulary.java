package dev.affectrec.emotion.text.features;

import dev.affectrec.emotion.text.head.SparseRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted TF-IDF vocabulary: the {@code size} most frequent n-grams (by document frequency, ties
 * by term) with smoothed idf {@code ln((1+N)/(1+df))+1}; rows use sublinear tf {@code 1+ln(tf)} and
 * unit L2 norm. Immutable and thread-safe.
 */
public final class TfidfVocabulary {
  private final NgramExtractor extractor;
  private final List<String> terms;
  private final float[] idf;
  private final Map<String, Integer> index;

  /** Wraps a vocabulary; {@code terms} and {@code idf} are parallel. */
  public TfidfVocabulary(NgramExtractor extractor, List<String> terms, float[] idf) {
    if (terms.size() != idf.length) {
      throw new IllegalArgumentException("terms and idf differ in length");
    }
    this.extractor = extractor;
    this.terms = List.copyOf(terms);
    this.idf = idf.clone();
    this.index = new HashMap<>(terms.size() * 2);
    for (int i = 0; i < terms.size(); i++) {
      index.put(terms.get(i), i);
    }
  }

  /**
   * Fits the vocabulary on {@code texts}, keeping the {@code size} terms with the highest df >= 2.
   */
  public static TfidfVocabulary fit(NgramExtractor extractor, Collection<String> texts, int size) {
    Map<String, int[]> df = new HashMap<>();
    for (String text : texts) {
      for (String term : extractor.counts(text).keySet()) {
        df.computeIfAbsent(term, t -> new int[1])[0]++;
      }
    }
    List<Map.Entry<String, int[]>> entries = new ArrayList<>();
    for (Map.Entry<String, int[]> e : df.entrySet()) {
      if (e.getValue()[0] >= 2) {
        entries.add(e);
      }
    }
    entries.sort(
        (a, b) -> {
          int c = Integer.compare(b.getValue()[0], a.getValue()[0]);
          return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
    int keep = Math.min(size, entries.size());
    List<String> terms = new ArrayList<>(keep);
    float[] idf = new float[keep];
    double n = texts.size();
    for (int i = 0; i < keep; i++) {
      terms.add(entries.get(i).getKey());
      idf[i] = (float) (Math.log((1 + n) / (1 + entries.get(i).getValue()[0])) + 1);
    }
    return new TfidfVocabulary(extractor, terms, idf);
  }

  /** The extractor this vocabulary was fitted with. */
  public NgramExtractor extractor() {
    return extractor;
  }

  /** Terms in feature-index order. */
  public List<String> terms() {
    return terms;
  }

  /** A copy of the idf weights. */
  public float[] idf() {
    return idf.clone();
  }

  /** Number of features. */
  public int size() {
    return terms.size();
  }

  /** The TF-IDF row of {@code text}, sorted by index; empty when no known term occurs. */
  public SparseRow transform(String text) {
    Map<String, Integer> counts = extractor.counts(text);
    int[] idx = new int[counts.size()];
    float[] val = new float[counts.size()];
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i != null) {
        idx[n] = i;
        val[n] = (float) ((1 + Math.log(e.getValue())) * idf[i]);
        n++;
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final int[] fi = idx;
    Arrays.sort(order, (a, b) -> Integer.compare(fi[a], fi[b]));
    int[] outIdx = new int[n];
    float[] outVal = new float[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      outIdx[i] = idx[order[i]];
      outVal[i] = val[order[i]];
      norm += outVal[i] * outVal[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < n && norm > 0; i++) {
      outVal[i] /= norm;
    }
    return new SparseRow(outIdx, outVal);
  }
}
