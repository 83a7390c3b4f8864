package dev.affectrec.emotion.text.encoder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rewrites the tokenizer golden files with the reference implementation, the Hugging Face {@code
 * tokenizers} library (Rust, through DJL's bundled natives), reading the very {@code
 * tokenizer.json} the product ships. Run only on demand, with {@code -Daffectrec.freeze=true}.
 */
class FreezeTokenizerGoldenFiles {
  @Test
  @EnabledIfSystemProperty(named = FrozenOutputs.FREEZE_PROPERTY, matches = "true")
  void writeGoldenFiles(@TempDir Path dir) throws IOException {
    List<String> sentences = TokenizerGoldenSentences.all();
    for (EncoderSpec spec : TokenizerGolden.SPECS) {
      Path json = dir.resolve(spec.name()).resolve("tokenizer.json");
      Files.createDirectories(json.getParent());
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream(spec.tokenizerResource())) {
        Files.copy(in, json);
      }
      List<String> lines = new ArrayList<>();
      try (HuggingFaceTokenizer reference =
          HuggingFaceTokenizer.builder()
              .optTokenizerPath(json)
              .optAddSpecialTokens(false)
              .optTruncation(false)
              .optPadding(false)
              .build()) {
        for (int i = 0; i < sentences.size(); i++) {
          lines.add(
              TokenizerGolden.line(
                  i, reference.encode(sentences.get(i)).getIds(), sentences.get(i)));
        }
      }
      Path file =
          FrozenOutputs.sourceOf(
              "/dev/affectrec/emotion/text/encoder/" + TokenizerGolden.resource(spec));
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
  }
}
