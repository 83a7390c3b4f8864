package dev.affectrec.io.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AmazonReviewTest {
  @Test
  void readsTheKnownFieldsAndIgnoresTheRest() throws IOException {
    AmazonReview review =
        parse(
            "{\"overall\":4.0,\"reviewerID\":\"R1\",\"asin\":\"A1\",\"summary\":\"Nice\","
                + "\"reviewText\":\" \",\"unixReviewTime\":1472688000,\"style\":{\"Size:\":\"7\"}}");

    assertThat(review).isEqualTo(new AmazonReview("R1", "A1", 4.0, 1472688000L, " ", "Nice"));
    assertThat(review.text()).isEqualTo("Nice");
    assertThat(parse("{\"reviewerID\":\"R\",\"asin\":\"A\"}").secondsOrZero()).isZero();
    assertThat(parse("{\"reviewerID\":\"R\",\"asin\":\"A\"}").text()).isNull();
  }

  @Test
  void badLinesNameTheField() {
    assertThatThrownBy(() -> parse("{\"asin\":\"A\"}")).hasMessage("reviewerID is required");
    assertThatThrownBy(() -> parse("{\"reviewerID\":\"R\"}")).hasMessage("asin is required");
    assertThatThrownBy(() -> parse("{\"reviewerID\":\"R\",\"asin\":\"A\",\"overall\":\"4\"}"))
        .hasMessage("overall must be a number but was a string");
    assertThatThrownBy(() -> parse("{\"reviewerID\":\"R\",\"asin\":\"A\",\"unixReviewTime\":1.5}"))
        .hasMessage("unixReviewTime must be an integer number of seconds but was 1.5");
    assertThatThrownBy(() -> parse("[1]"))
        .hasMessage("the line must be a JSON object but is an array");
    assertThatThrownBy(() -> parse("{\"reviewerID\":\"R\",\"asin\":\"A\"} x"))
        .isInstanceOf(JsonProcessingException.class);
  }

  private static AmazonReview parse(String line) throws IOException {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return AmazonReview.parse(bytes, bytes.length);
  }
}
