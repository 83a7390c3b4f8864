package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.Intensity;
import dev.affectrec.emotion.text.head.TextHead;
import dev.affectrec.emotion.text.job.BatchReadJob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the shipped encoders and heads end to end; loads them once for the class. */
class TextEmotionRecognizerTest {
  private static TextEmotionRecognizer recognizer;

  @BeforeAll
  static void load() {
    recognizer = TextEmotionRecognizer.loadDefault(2);
  }

  @AfterAll
  static void close() {
    recognizer.close();
  }

  @Test
  void knownEnglishSentencesGetTheRightLabels() {
    List<TextEmotionResult> r =
        recognizer.readAll(
            List.of(
                "Thank you so much, this made my day! I love it.",
                "I am so angry at you, this is outrageous.",
                "I'm terrified of what will happen tomorrow.",
                "This is the worst product I have ever bought, a total waste of money."));
    assertThat(r.get(0).reading().top()).isEqualTo(Emotion.JOY);
    assertThat(r.get(0).reading().polarity().label()).isEqualTo(Polarity.POSITIVE);
    assertThat(r.get(1).reading().top()).isEqualTo(Emotion.ANGER);
    assertThat(r.get(2).reading().top()).isEqualTo(Emotion.FEAR);
    assertThat(r.get(3).reading().polarity().label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(r.get(0).goEmotions()).hasSize(28).containsKey("gratitude");
  }

  @Test
  void theApiBatchGivesTheReadingsOfTheBatchedPath() {
    List<String> texts = List.of("I love this kettle.", "太差了，用了两天就坏了。", "", "ok");
    Subject subject = Subject.session("reviews");
    List<EmotionReading> readings = recognizer.recognizeAll(texts, subject, Instant.EPOCH);
    assertThat(readings)
        .containsExactlyElementsOf(
            recognizer.readAll(texts, subject, Instant.EPOCH).stream()
                .map(TextEmotionResult::reading)
                .toList());
    assertThat(readings.get(1))
        .isEqualTo(recognizer.recognize(texts.get(1), subject, Instant.EPOCH));
  }

  @Test
  void knownChineseSentencesGetTheRightLabels() {
    List<TextEmotionResult> r =
        recognizer.readAll(List.of("质量非常好，物流也很快，非常满意！", "太差了，用了两天就坏了，再也不买了。", "今天好开心啊[哈哈]"));
    assertThat(r.get(0).language()).isEqualTo(TextLanguage.ZH);
    assertThat(r.get(0).reading().polarity().label()).isEqualTo(Polarity.POSITIVE);
    assertThat(r.get(1).reading().polarity().label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(r.get(2).reading().top()).isEqualTo(Emotion.JOY);
    assertThat(r.get(0).goEmotions()).isEmpty();
  }

  @Test
  void mixedTextIsReadByBothLanguagesHeads() {
    TextEmotionResult mixed = recognizer.read("这个手机真的太好了 I love it so much");
    assertThat(mixed.reading().model()).contains("bge-small-en").contains("bge-small-zh");
    assertThat(mixed.reading().polarity().label()).isEqualTo(Polarity.POSITIVE);
    assertThat(mixed.goEmotions()).hasSize(28);
  }

  @Test
  void theTrainedHeadRatesStrongEnglishAboveMildAndChineseKeepsTheFormula() {
    List<TextEmotionResult> r =
        recognizer.readAll(
            List.of(
                "I absolutely love this!!!",
                "it is okay",
                "This is the worst day of my life, I hate everything!",
                "The meeting is at 3 pm.",
                "太差了，用了两天就坏了，再也不买了。"));
    double love = r.get(0).reading().intensity();
    double okay = r.get(1).reading().intensity();
    assertThat(love).isGreaterThan(okay + 0.2);
    assertThat(r.get(2).reading().intensity()).isGreaterThan(0.5);
    assertThat(r.get(3).reading().intensity()).isLessThan(okay + 0.1);
    for (TextEmotionResult result : r) {
      assertThat(result.reading().intensity()).isBetween(0.0, 1.0);
    }
    EmotionReading zh = r.get(4).reading();
    double formula =
        Intensity.derived(
            zh.emotions().probability(Emotion.NEUTRAL),
            new double[] {
              zh.polarity().negative() / (1 - zh.polarity().neutral()),
              zh.polarity().positive() / (1 - zh.polarity().neutral())
            });
    assertThat(zh.intensity()).isCloseTo(formula, within(1e-9));
  }

  @Test
  void anEnglishBundleWithoutTheIntensityHeadFailsToLoadWithAClearMessage() {
    HeadBundle en = HeadBundles.shipped("en");
    Map<String, TextHead> heads = new LinkedHashMap<>(en.heads());
    heads.remove(Intensity.TASK);
    HeadBundle old = new HeadBundle("en", en.encoder(), en.vocabulary(), heads, en.provenance());
    assertThatThrownBy(() -> TextEmotionRecognizer.load(old, HeadBundles.shipped("zh"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 'intensity' head")
        .hasMessageContaining("affectrec emotion train");
  }

  @Test
  void negationFlipsPolarity() {
    TextEmotionResult happy = recognizer.read("I am happy with it.");
    TextEmotionResult notHappy = recognizer.read("I am not happy at all.");
    assertThat(happy.reading().polarity().label()).isEqualTo(Polarity.POSITIVE);
    assertThat(notHappy.reading().polarity().label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(notHappy.reading().valence()).isLessThan(happy.reading().valence());
  }

  @Test
  void emptyWhitespaceBinaryAndForeignInputGetZeroConfidenceReadings() {
    List<TextEmotionResult> r =
        recognizer.readAll(
            List.of(
                "",
                "   \t  ",
                "\u0000\u0001\u0002\u0003binary\u0004",
                "Это очень хорошо, спасибо"));
    for (TextEmotionResult result : r) {
      assertThat(result.reading().confidence()).isZero();
      assertThat(result.language()).isEqualTo(TextLanguage.UNSUPPORTED);
    }
    assertThat(r.get(0).reading().top()).isEqualTo(Emotion.NEUTRAL);
    assertThat(r.get(0).toJson()).contains("\"language\":\"unsupported\"", "\"top\":\"neutral\"");
    // Text we cannot read names no feeling: neutral on top, valence 0, though its mix is uniform.
    EmotionReading russian = r.get(3).reading();
    assertThat(russian.emotions()).isEqualTo(EmotionDistribution.UNIFORM);
    assertThat(russian.top()).isEqualTo(Emotion.NEUTRAL);
    assertThat(russian.valence()).isZero();
    assertThat(russian.arousal()).isEqualTo(r.get(0).reading().arousal());
  }

  @Test
  void emojiOnlyAndHundredKilobyteTextsAreRead() {
    TextEmotionResult emoji = recognizer.read("😂😂😂");
    assertThat(emoji.language()).isEqualTo(TextLanguage.EN);
    assertThat(emoji.reading().confidence()).isBetween(0.0, 1.0);
    String big = "The service was wonderful and the staff were kind. ".repeat(2000);
    assertThat(big.length()).isGreaterThan(100_000);
    TextEmotionResult long1 = recognizer.read(big);
    assertThat(long1.reading().polarity().label()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void jsonHasTheWireFields() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(recognizer.read("What a lovely surprise!").toJson());
    assertThat(json.path("language").asText()).isEqualTo("en");
    assertThat(json.path("emotions").size()).isEqualTo(7);
    assertThat(json.path("polarity").path("scores").size()).isEqualTo(3);
    for (String field :
        List.of("top", "valence", "arousal", "intensity", "confidence", "model", "goemotions")) {
      assertThat(json.has(field)).as(field).isTrue();
    }
  }

  @Test
  void batchKeepsOrderAndEmptyLinesAndRejectsInvalidUtf8WithTheLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in = "I love it\n\n我很难过\n".getBytes(StandardCharsets.UTF_8);
    long n = new BatchReadJob(recognizer).run(new ByteArrayInputStream(in), out);
    assertThat(n).isEqualTo(3);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("\"language\":\"en\"");
    assertThat(lines[1]).contains("\"confidence\":0.0");
    assertThat(lines[2]).contains("\"language\":\"zh\"");
    byte[] bad = {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    assertThatThrownBy(
            () ->
                new BatchReadJob(recognizer)
                    .run(new ByteArrayInputStream(bad), new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }
}
