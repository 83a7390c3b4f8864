package dev.affectrec.bench.emotion;

import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark inputs: the first {@code n} dev texts of GoEmotions ({@code en}), online-shopping
 * reviews ({@code zh}, mean 51 tokens) or NLPCC Weibo posts ({@code zh-weibo}, mean 28 characters)
 * from {@code affectrec.shared.dir}, or built-in sentences when the data is absent.
 */
final class BenchTexts {
  private static final List<String> ENGLISH =
      List.of(
          "I can't believe how good this turned out, thank you so much!",
          "This is the worst customer service I have ever had.",
          "Honestly I don't know what to feel about the ending.",
          "Wow, that was unexpected.");
  private static final List<String> CHINESE =
      List.of("质量非常好，物流也很快，非常满意！", "太差了，用了两天就坏了。", "还行吧，一般般。", "客服态度很好，推荐购买。");

  private BenchTexts() {}

  /** The encoder for {@code language} ({@code en}, {@code zh} or {@code zh-weibo}). */
  static EncoderSpec encoderFor(String language) {
    return language.startsWith("zh") ? EncoderSpec.BGE_SMALL_ZH : EncoderSpec.BGE_SMALL_EN;
  }

  static List<String> load(String language, int n) {
    Path data = Path.of(System.getProperty("affectrec.shared.dir", "../shared")).resolve("data");
    List<String> out = new ArrayList<>(n);
    if (Files.isDirectory(data)) {
      String name =
          switch (language) {
            case "zh" -> "online-shopping";
            case "zh-weibo" -> "nlpcc";
            default -> "goemotions";
          };
      for (Example e : DatasetCatalog.load(name, data).dev()) {
        if (out.size() == n) {
          break;
        }
        out.add(e.text());
      }
      return out;
    }
    List<String> base = language.startsWith("zh") ? CHINESE : ENGLISH;
    for (int i = 0; i < n; i++) {
      out.add(base.get(i % base.size()) + " " + i);
    }
    return out;
  }
}
