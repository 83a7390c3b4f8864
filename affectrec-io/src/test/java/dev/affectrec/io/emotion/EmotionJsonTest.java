package dev.affectrec.io.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.EmotionDistribution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionJsonTest {
  private static final EmotionDistribution D =
      EmotionDistribution.of(0.123456, 0, 0, 0.676544, 0, 0.1, 0.1);

  @Test
  void roundsEveryEmotionNumberToFourDecimals() {
    assertThat(EmotionJson.round(0.123456)).isEqualTo(0.1235);
    assertThat(EmotionJson.round(-0.00004)).isEqualTo(-0.0);
    assertThat(EmotionJson.emotions(D).values()).allMatch(p -> p == EmotionJson.round(p));
  }

  @Test
  void writesAFaceOnOneLineInWireOrderWithBoxesToATenthOfAPixel() {
    Map<String, Object> face = EmotionJson.face(new double[] {10.04, 20, 30.55, 31}, 0.9, D, 0.5);

    String json = EmotionJson.line(EmotionJson.faces("a.jpg", List.of(face), "m"));

    assertThat(json)
        .startsWith("{\"image\":\"a.jpg\",\"faces\":[{\"box\":[10.0,20.0,30.6,31.0],\"score\":0.9,")
        .contains("\"top\":\"" + D.top().wireName() + "\",\"confidence\":0.5}],\"model\":\"m\"}")
        .doesNotContain("\n");
  }
}
