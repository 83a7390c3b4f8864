package dev.affectrec.emotion.text.encoder;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Where the tokenizer golden files live and how one line is written. */
final class TokenizerGolden {
  /** The encoders whose tokenizers have a golden file, keyed by language. */
  static final List<EncoderSpec> SPECS =
      List.of(EncoderSpec.BGE_SMALL_EN, EncoderSpec.BGE_SMALL_ZH);

  private TokenizerGolden() {}

  /** The golden file of {@code spec}: a test resource beside this class. */
  static String resource(EncoderSpec spec) {
    return "tokenizer-golden-" + (spec == EncoderSpec.BGE_SMALL_EN ? "en" : "zh") + ".tsv";
  }

  /** {@code index TAB ids TAB escaped sentence}; ids separated by one space. */
  static String line(int index, long[] ids, String sentence) {
    String joined = Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(" "));
    return index + "\t" + joined + "\t" + TokenizerGoldenSentences.escape(sentence);
  }
}
