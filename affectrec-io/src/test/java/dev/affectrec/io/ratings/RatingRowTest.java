package dev.affectrec.io.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingRowTest {
  @Test
  void parsesTabAndDoubleColonLinesWithAndWithoutTime() {
    assertThat(RatingRow.parse("196\t242\t3\t881250949"))
        .isEqualTo(new RatingRow("196", "242", 3, "881250949"));
    assertThat(RatingRow.parse("1::1193::5::978300760").seconds()).isEqualTo(978300760L);
    RatingRow untimed = RatingRow.parse(" u2 \ti1\t2.5\t");
    assertThat(untimed).isEqualTo(new RatingRow("u2", "i1", 2.5, null));
    assertThat(untimed.seconds()).isZero();
  }

  @Test
  void badLinesSayWhatIsWrong() {
    assertThatThrownBy(() -> RatingRow.parse("u2,i2,3"))
        .hasMessage("expected user<TAB>item<TAB>rating[<TAB>time] but found 1 field(s): 'u2,i2,3'");
    assertThatThrownBy(() -> RatingRow.parse("u\ti\tfive"))
        .hasMessage("rating 'five' is not a number");
    assertThatThrownBy(() -> RatingRow.parse("u\ti\tNaN")).hasMessage("rating 'NaN' is not finite");
    assertThatThrownBy(() -> RatingRow.parse(" \ti\t1"))
        .hasMessage("user and item must not be blank");
    assertThatThrownBy(() -> RatingRow.parse("u\ti\t5\tyesterday"))
        .hasMessage("time 'yesterday' is not an integer (epoch seconds)");
  }
}
