package dev.affectrec.io.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

  @Test
  void fastPathAgreesWithTheJdkFormatterOnRandomDateTimes() {
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
      if (random.nextBoolean()) {
        instant = Instant.ofEpochSecond(instant.getEpochSecond());
      }
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(49) - 24) * 1800);
      String text = OffsetDateTime.ofInstant(instant, offset).toString();

      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(instant);
      assertThat(IsoInstants.parse(text))
          .as(text)
          .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from));
    }
  }

  @Test
  void unusualButValidShapesFallBackToTheFormatter() {
    assertThat(IsoInstants.fastPath("2024-05-01T12:00Z")).isNull();
    assertThat(IsoInstants.parse("2024-05-01T12:00Z")).isEqualTo("2024-05-01T12:00:00Z");
    assertThat(IsoInstants.parse("2024-05-01T12:00:00.5-03:30"))
        .isEqualTo("2024-05-01T15:30:00.500Z");
  }

  @Test
  void invalidTextIsRejected() {
    for (String bad :
        new String[] {
          "2024-02-30T12:00:00Z",
          "2024-05-01T25:00:00Z",
          "2024-05-01T12:00:00",
          "2024-05-01",
          "yesterday",
          "2024-05-01T12:00:00+8:00"
        }) {
      assertThatThrownBy(() -> IsoInstants.parse(bad))
          .as(bad)
          .isInstanceOf(DateTimeParseException.class);
    }
  }
}
