package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.emotion.text.features.HeadInputs;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.LanguageTasks;
import dev.affectrec.emotion.text.head.SparseRow;
import dev.affectrec.emotion.text.head.TextHead;
import dev.affectrec.testkit.SharedData;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The combination rule of {@link HeadMix} on the shipped bundles, fed embedding rows that are not
 * from the encoder (a seeded random vector): the rule, not the encoder, is under test.
 */
class HeadMixTest {
  private static final HeadBundle EN = HeadBundles.shipped("en");
  private static final HeadBundle ZH = HeadBundles.shipped("zh");

  /** One text's head inputs: a seeded random embedding and the text's TF-IDF row. */
  private record Input(HeadBundle bundle, String text, SparseRow emb, SparseRow tfidf) {
    static Input of(HeadBundle bundle, String text, int seed) {
      boolean chinese = bundle.language().equals("zh");
      int dimension = chinese ? 512 : 384;
      Random random = new Random(seed);
      float[] v = new float[dimension];
      for (int k = 0; k < dimension; k++) {
        v[k] = (float) (random.nextGaussian() / Math.sqrt(dimension));
      }
      return new Input(
          bundle,
          text,
          HeadInputs.embeddingRow(v, text, chinese),
          bundle.vocabulary().transform(text));
    }

    double[] head(String task) {
      return bundle.head(task).probabilities(emb, tfidf);
    }

    double[] mixedEmotions() {
      String fine = LanguageTasks.of(bundle.language()).fine();
      return HeadMix.of(bundle).emotions(text, emb, tfidf, fine == null ? null : head(fine));
    }

    double[] mixedPolarity() {
      return HeadMix.of(bundle).polarity(emb, tfidf);
    }
  }

  @Test
  void aTextThatStatesAFeelingIsTheMeanOfTheUnifiedAndTheCarerHeadKeepingTheUnifiedNeutral() {
    Input in = Input.of(EN, "I Felt so alone after they left", 1);
    double[] unified = in.head("emotion-en");
    TextHead carer = EN.head("carer");
    double[] carerP = in.head("carer");
    double neutral = unified[Emotion.NEUTRAL.ordinal()];

    double[] mixed = in.mixedEmotions();

    assertThat(sum(mixed)).isCloseTo(1, within(1e-9));
    assertThat(mixed[Emotion.NEUTRAL.ordinal()]).isCloseTo(neutral, within(1e-12));
    double carerJoy =
        carerP[carer.labels().indexOf("joy")] + carerP[carer.labels().indexOf("love")];
    assertThat(mixed[Emotion.JOY.ordinal()])
        .isCloseTo(
            0.5 * unified[Emotion.JOY.ordinal()] + 0.5 * carerJoy * (1 - neutral), within(1e-12));
    assertThat(mixed[Emotion.DISGUST.ordinal()])
        .as("CARER has no disgust")
        .isCloseTo(0.5 * unified[Emotion.DISGUST.ordinal()], within(1e-12));
  }

  @Test
  void anyOtherEnglishTextIsTheMeanOfTheUnifiedAndTheGoEmotionsHeadSummedIntoEkman() {
    // "feelings" is not a stated feeling
    Input in = Input.of(EN, "the feelings of this thread are wild", 2);
    double[] unified = in.head("emotion-en");
    TextHead fine = EN.head("goemotions");
    double[] fineP = in.head("goemotions");
    double[] summed = new double[Emotion.COUNT];
    for (int k = 0; k < fineP.length; k++) {
      summed[HeadMix.GOEMOTIONS_EKMAN.get(fine.labels().get(k)).ordinal()] += fineP[k];
    }

    double[] mixed = in.mixedEmotions();

    for (Emotion e : Emotion.values()) {
      int k = e.ordinal();
      assertThat(mixed[k])
          .as(e.wireName())
          .isCloseTo(0.5 * (unified[k] + summed[k]), within(1e-12));
    }
    assertThat(in.mixedPolarity())
        .as("English polarity is the unified head alone")
        .containsExactly(in.head("polarity-en"), within(1e-15));
  }

  @Test
  void chinesePolarityIsTwoThirdsTheUnifiedHeadAndOneThirdChnSentiCorps() {
    Input in = Input.of(ZH, "房间很干净，服务也不错，就是早餐一般。", 3);
    double[] unified = in.head("polarity-zh");
    double[] hotel = in.head("chnsenticorp");

    double[] mixed = in.mixedPolarity();

    assertThat(mixed[1]).isCloseTo((2 * unified[1] + hotel[1]) / 3, within(1e-12));
    assertThat(mixed[0] + mixed[1]).isCloseTo(1, within(1e-12));
    assertThat(in.mixedEmotions())
        .as("Chinese emotions are NLPCC's alone")
        .containsExactly(in.head("nlpcc"), within(1e-15));
  }

  @Test
  void aBundleWithoutAHeadTheMixReadsIsRefusedByName() {
    Map<String, TextHead> heads = new LinkedHashMap<>(EN.heads());
    heads.remove("carer");
    HeadBundle partial =
        new HeadBundle("en", EN.encoder(), EN.vocabulary(), heads, EN.provenance());

    assertThatThrownBy(() -> HeadMix.of(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'carer'");
  }

  @Test
  void theGoEmotionsMappingCoversTheShippedHeadAndIsTheDatasetsOwn() throws Exception {
    assertThat(HeadMix.GOEMOTIONS_EKMAN.keySet())
        .containsExactlyInAnyOrderElementsOf(EN.head("goemotions").labels());
    JsonNode root =
        new ObjectMapper()
            .readTree(SharedData.require("data/goemotions/ekman_mapping.json").toFile());
    Map<String, Emotion> file = new HashMap<>();
    file.put("neutral", Emotion.NEUTRAL);
    root.properties()
        .forEach(
            e ->
                e.getValue()
                    .forEach(
                        label ->
                            file.put(
                                label.asText(),
                                Emotion.valueOf(e.getKey().toUpperCase(Locale.ROOT)))));
    assertThat(HeadMix.GOEMOTIONS_EKMAN).isEqualTo(file);
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
