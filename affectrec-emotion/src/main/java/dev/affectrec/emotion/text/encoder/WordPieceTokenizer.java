package dev.affectrec.emotion.text.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT WordPiece tokenizer read from a HuggingFace {@code tokenizer.json} (BertNormalizer,
 * BertPreTokenizer, WordPiece model). Pure Java, so no native library has to be unpacked.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordPieceTokenizer {
  private static final int MAX_CHARS_PER_WORD = 100;

  private final Map<String, Integer> vocab;
  private final boolean lowercase;
  private final int unkId;
  private final int clsId;
  private final int sepId;

  private WordPieceTokenizer(Map<String, Integer> vocab, boolean lowercase) {
    this.vocab = vocab;
    this.lowercase = lowercase;
    this.unkId = required(vocab, "[UNK]");
    this.clsId = required(vocab, "[CLS]");
    this.sepId = required(vocab, "[SEP]");
  }

  /**
   * Reads a {@code tokenizer.json}.
   *
   * @throws IllegalArgumentException if the file is not a BERT WordPiece tokenizer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static WordPieceTokenizer fromJson(InputStream json, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer " + source + ": " + e.getMessage(), e);
    }
    if (root == null || !"WordPiece".equals(root.path("model").path("type").asText())) {
      throw new IllegalArgumentException("tokenizer " + source + " is not a WordPiece tokenizer");
    }
    JsonNode vocabNode = root.path("model").path("vocab");
    Map<String, Integer> vocab = new HashMap<>(vocabNode.size() * 2);
    for (Map.Entry<String, JsonNode> e : vocabNode.properties()) {
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    boolean lowercase = root.path("normalizer").path("lowercase").asBoolean(true);
    return new WordPieceTokenizer(Map.copyOf(vocab), lowercase);
  }

  /** Id of {@code [CLS]}. */
  public int clsId() {
    return clsId;
  }

  /** Id of {@code [SEP]}. */
  public int sepId() {
    return sepId;
  }

  /**
   * Word-piece ids of {@code text} without the special tokens; empty for blank text.
   *
   * @param text never null
   */
  public int[] tokenize(String text) {
    List<Integer> ids = new ArrayList<>();
    for (String word : BertPreTokenizer.split(normalise(text))) {
      wordPieces(word, ids);
    }
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i);
    }
    return out;
  }

  private String normalise(String text) {
    String cleaned = BertPreTokenizer.clean(text);
    if (!lowercase) {
      return cleaned;
    }
    String lower = cleaned.toLowerCase(java.util.Locale.ROOT);
    String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private void wordPieces(String word, List<Integer> out) {
    if (word.codePointCount(0, word.length()) > MAX_CHARS_PER_WORD) {
      out.add(unkId);
      return;
    }
    int start = 0;
    int mark = out.size();
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String piece = word.substring(start, end);
        if (start > 0) {
          piece = "##" + piece;
        }
        found = vocab.get(piece);
        if (found != null) {
          break;
        }
        end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
      }
      if (found == null) {
        while (out.size() > mark) {
          out.remove(out.size() - 1);
        }
        out.add(unkId);
        return;
      }
      out.add(found);
      start = end;
    }
  }

  private static int required(Map<String, Integer> vocab, String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("tokenizer vocabulary has no " + token);
    }
    return id;
  }
}
