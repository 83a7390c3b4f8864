package dev.affectrec.emotion.text.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

  private static WordPieceTokenizer load(String resource) throws Exception {
    try (InputStream in =
        WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream(resource)) {
      return WordPieceTokenizer.fromJson(in, resource);
    }
  }

  @Test
  void englishLowercasesStripsAccentsAndSplitsPunctuationAndWordPieces() throws Exception {
    WordPieceTokenizer tok = load(EncoderSpec.BGE_SMALL_EN.tokenizerResource());
    // hello , world ! ! un ##aff ##able (ids of the BERT uncased vocabulary)
    assertThat(tok.tokenize("Héllo, WORLD!! unaffable")).startsWith(7592, 1010, 2088, 999, 999);
    assertThat(tok.tokenize("  \t")).isEmpty();
    assertThat(tok.tokenize("\u0000\u0001")).isEmpty();
    assertThat(tok.clsId()).isEqualTo(101);
    assertThat(tok.sepId()).isEqualTo(102);
  }

  @Test
  void chineseIsSplitIntoCharacters() throws Exception {
    WordPieceTokenizer tok = load(EncoderSpec.BGE_SMALL_ZH.tokenizerResource());
    assertThat(tok.tokenize("酒店很好")).hasSize(4);
  }

  @Test
  void aFileThatIsNotAWordPieceTokenizerIsRejected() {
    InputStream json =
        new ByteArrayInputStream("{\"model\":{\"type\":\"BPE\"}}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WordPieceTokenizer.fromJson(json, "bpe.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bpe.json");
  }
}
