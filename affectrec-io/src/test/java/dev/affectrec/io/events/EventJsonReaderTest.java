package dev.affectrec.io.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RATE =
      "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\","
          + "\"time\":\"2024-05-01T20:00:00+08:00\",\"value\":4,"
          + "\"context\":{\"device\":\"mobile\",\"locale\":\"zh-CN\"}}";

  @Test
  void bothModesReadEveryField() throws Exception {
    Event expected =
        new Event(
            "e1",
            "u1",
            "i1",
            EventType.RATE,
            Instant.parse("2024-05-01T12:00:00Z"),
            4.0,
            null,
            new EventContext("mobile", null, null, "zh-CN", null));
    for (EventJsonReader reader : List.of(EventJsonReader.STRICT, EventJsonReader.LENIENT)) {
      List<EventFieldError> errors = new ArrayList<>();
      assertThat(reader.read(JSON.readTree(RATE), "", errors)).isEqualTo(expected);
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void anUnknownFieldIsAnErrorInStrictModeAndIgnoredInLenientMode() throws Exception {
    JsonNode node =
        JSON.readTree(RATE.replace("\"value\":4", "\"value\":4,\"extra\":[1,{\"a\":2}]"));

    List<EventFieldError> strict = new ArrayList<>();
    assertThat(EventJsonReader.STRICT.read(node, "[2]", strict)).isNull();
    assertThat(strict)
        .containsExactly(
            new EventFieldError(
                "[2].extra",
                "unknown field; expected one of context, id, item, text, time, type, user,"
                    + " value"));

    List<EventFieldError> lenient = new ArrayList<>();
    assertThat(EventJsonReader.LENIENT.read(node, "[2]", lenient)).isNotNull();
    assertThat(lenient).isEmpty();
  }

  @Test
  void anUnknownContextFieldIsNamedWithItsPath() throws Exception {
    JsonNode node = JSON.readTree(RATE.replace("\"device\"", "\"devise\""));
    List<EventFieldError> errors = new ArrayList<>();

    EventJsonReader.STRICT.read(node, "", errors);

    assertThat(errors).extracting(EventFieldError::field).containsExactly("context.devise");
    assertThat(EventJsonReader.LENIENT.read(node, "", new ArrayList<>())).isNotNull();
  }

  /** Found by EventJsonReaderFuzzTest: a field named "" gave an error naming no field. */
  @Test
  void aFieldWithAnEmptyNameIsNamedAsTwoQuotes() throws Exception {
    JsonNode node = JSON.readTree("{\"\":2," + RATE.substring(1).replace("{", "{\"\":1,"));
    List<EventFieldError> errors = new ArrayList<>();

    EventJsonReader.STRICT.read(node, "", errors);

    assertThat(errors).extracting(EventFieldError::field).containsExactly("\"\"", "context.\"\"");
  }

  @Test
  void aFieldWithABlankNameIsNamedInQuotes() throws Exception {
    // Found by EventJsonReaderFuzzTest: {" ":"search",...} gave an error whose field was " ".
    JsonNode node = JSON.readTree("{\" \":\"search\"," + RATE.substring(1));
    List<EventFieldError> errors = new ArrayList<>();

    EventJsonReader.STRICT.read(node, "", errors);

    assertThat(errors).extracting(EventFieldError::field).containsExactly("\" \"");
  }

  @Test
  void everyBadFieldIsCollectedWithItsPathAndAMistypedFieldIsNamedOnce() throws Exception {
    JsonNode node =
        JSON.readTree(
            "{\"id\":\"e1\",\"user\":7,\"type\":\"teleport\",\"time\":\"yesterday\","
                + "\"value\":\"five\",\"context\":{\"device\":{\"a\":1}}}");
    List<EventFieldError> errors = new ArrayList<>();

    assertThat(EventJsonReader.STRICT.read(node, "[0]", errors)).isNull();

    assertThat(errors)
        .extracting(EventFieldError::describe)
        .containsExactly(
            "[0].user must be a string but was a number",
            "[0].value must be a number but was a string",
            "[0].context.device must be a string but was an object",
            "[0].type 'teleport' is not one of: " + EventType.wireNames(),
            "[0].time 'yesterday' is not an ISO-8601 date-time with offset"
                + " (e.g. 2024-05-01T12:00:00Z)");
  }

  @Test
  void typeRulesNameTheFieldTheyConcern() throws Exception {
    List<EventFieldError> errors = new ArrayList<>();

    EventJsonReader.LENIENT.read(JSON.readTree(RATE.replace(",\"value\":4", "")), "", errors);
    EventJsonReader.LENIENT.read(
        JSON.readTree(RATE.replace("\"item\":\"i1\",", "").replace("rate", "view")), "", errors);
    EventJsonReader.LENIENT.read(JSON.readTree(RATE.replace("rate", "search")), "", errors);
    EventJsonReader.LENIENT.read(
        JSON.readTree(RATE.replace("rate", "dwell").replace(":4,", ":-1,")), "", errors);
    EventJsonReader.LENIENT.read(JSON.readTree(RATE.replace("\"u1\"", "\" \"")), "", errors);

    assertThat(errors)
        .extracting(EventFieldError::describe)
        .containsExactly(
            "value is required for type rate",
            "item is required for type view",
            "item must be absent for type search (a search names no item)",
            "text is required for type search",
            "value (dwell seconds) must not be negative but was -1.0",
            "user must not be blank");
  }

  @Test
  void aValueThatIsNotAnObjectIsNamedByItsPosition() throws Exception {
    List<EventFieldError> errors = new ArrayList<>();

    assertThat(EventJsonReader.STRICT.read(JSON.readTree("42"), "", errors)).isNull();
    assertThat(EventJsonReader.STRICT.read(JSON.readTree("[1]"), "[4]", errors)).isNull();

    assertThat(errors)
        .containsExactly(
            new EventFieldError("body", "an event must be a JSON object but was a number"),
            new EventFieldError("[4]", "an event must be a JSON object but was an array"));
  }

  @Test
  void theRulesOfTextFieldsNameEveryBadField() {
    List<EventFieldError> errors = new ArrayList<>();

    assertThat(
            EventFields.event(null, null, "i", "view", "2024-05-01", null, null, null, "", errors))
        .isNull();

    assertThat(errors).extracting(EventFieldError::field).containsExactly("id", "user", "time");
    assertThat(errors.get(0).describe()).isEqualTo("id is required");
  }

  @Test
  void theModeIsChosenByFlag() {
    assertThat(EventJsonReader.of(true)).isSameAs(EventJsonReader.STRICT);
    assertThat(EventJsonReader.of(false).strict()).isFalse();
  }

  private static List<EventFieldError> errorsOf(String json) throws Exception {
    List<EventFieldError> errors = new ArrayList<>();
    assertThat(EventJsonReader.STRICT.read(JSON.readTree(json), "[0]", errors)).isNull();
    return errors;
  }

  @Test
  void aSearchThatNamesAnItemIsRefused() throws Exception {
    assertThat(
            errorsOf(
                "{\"id\":\"s\",\"user\":\"u\",\"item\":\"i\",\"type\":\"search\","
                    + "\"time\":\"2024-05-01T12:00:00Z\",\"text\":\"red dress\"}"))
        .containsExactly(
            new EventFieldError(
                "[0].item", "must be absent for type search (a search names no item)"));
  }

  @Test
  void aRatingOutsideZeroToFiveStarsIsRefused() throws Exception {
    for (String value : List.of("-5", "1e9", "5.5")) {
      assertThat(errorsOf(RATE.replace("\"value\":4", "\"value\":" + value)))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.field()).isEqualTo("[0].value");
                assertThat(e.message()).contains("between 0.0 and 5.0 stars");
              });
    }
    String review =
        "{\"id\":\"r\",\"user\":\"u\",\"item\":\"i\",\"type\":\"review\","
            + "\"time\":\"2024-05-01T12:00:00Z\",\"value\":-1,\"text\":\"bad\"}";
    assertThat(errorsOf(review)).extracting(EventFieldError::field).containsExactly("[0].value");
  }

  @Test
  void theRatingBoundsAndDwellOverFiveAreAccepted() throws Exception {
    for (String value : List.of("0", "5", "0.5")) {
      List<EventFieldError> errors = new ArrayList<>();
      assertThat(
              EventJsonReader.STRICT.read(
                  JSON.readTree(RATE.replace("\"value\":4", "\"value\":" + value)), "", errors))
          .isNotNull();
      assertThat(errors).isEmpty();
    }
    List<EventFieldError> errors = new ArrayList<>();
    String dwell =
        "{\"id\":\"d\",\"user\":\"u\",\"item\":\"i\",\"type\":\"dwell\","
            + "\"time\":\"2024-05-01T12:00:00Z\",\"value\":600}";
    assertThat(EventJsonReader.STRICT.read(JSON.readTree(dwell), "", errors)).isNotNull();
  }

  @Test
  void aTimeOutside1970To2100IsRefused() throws Exception {
    for (String time :
        List.of("+99999-05-01T12:00:00Z", "0001-05-01T12:00:00Z", "1969-12-31T23:59:59Z")) {
      assertThat(errorsOf(RATE.replace("2024-05-01T20:00:00+08:00", time)))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.field()).isEqualTo("[0].time");
                assertThat(e.message())
                    .contains(time)
                    .contains("1970-01-01T00:00:00Z")
                    .contains("2100-01-01T00:00:00Z");
              });
    }
    List<EventFieldError> errors = new ArrayList<>();
    assertThat(
            EventJsonReader.STRICT.read(
                JSON.readTree(RATE.replace("2024-05-01T20:00:00+08:00", "1970-01-01T00:00:00Z")),
                "",
                errors))
        .isNotNull();
  }
}
