package dev.affectrec.io.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.io.json.JsonLine;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link EventJsonReader} in both modes, streaming (the import) and from a tree (the REST
 * API), with any bytes. The contract: malformed JSON is a {@link JsonProcessingException} (the REST
 * API's 400) or, for a line, an {@link IllegalArgumentException} (a rejected row); otherwise the
 * reader returns a valid event and adds no error, or returns null and adds at least one error
 * naming a field. Any other exception is a finding.
 */
class EventJsonReaderFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @FuzzTest
  void readsAValidEventOrNamesWhatIsWrong(byte[] input) throws IOException {
    for (EventJsonReader reader : List.of(EventJsonReader.STRICT, EventJsonReader.LENIENT)) {
      streaming(reader, input);
      tree(reader, input);
    }
  }

  /** As the import reads a line: {@link JsonLine}, which also refuses what is not one object. */
  private static void streaming(EventJsonReader reader, byte[] input) throws IOException {
    List<EventFieldError> errors = new ArrayList<>();
    Event event;
    try {
      event = JsonLine.parse(input, input.length, parser -> reader.read(parser, "", errors));
    } catch (JsonProcessingException | IllegalArgumentException malformed) {
      assertThat(malformed.getMessage()).isNotBlank();
      return;
    }
    assertContract(event, errors);
  }

  /** As the REST API reads a body: a tree first, then each event. */
  private static void tree(EventJsonReader reader, byte[] input) throws IOException {
    JsonNode node;
    try {
      node = MAPPER.readTree(input);
    } catch (JsonProcessingException | CharConversionException malformed) {
      return; // both answered 400 by the server's ProblemResponses
    }
    if (node == null || node.isMissingNode()) {
      return;
    }
    List<EventFieldError> errors = new ArrayList<>();
    assertContract(reader.read(node, "[0]", errors), errors);
  }

  private static void assertContract(Event event, List<EventFieldError> errors) {
    if (event == null) {
      assertThat(errors).isNotEmpty();
      for (EventFieldError error : errors) {
        assertThat(error.field()).isNotBlank();
        assertThat(error.message()).isNotBlank();
      }
      return;
    }
    assertThat(errors).isEmpty();
    assertThat(EventIds.valid(event.id())).as("id").isTrue();
    assertThat(EventIds.valid(event.user())).as("user").isTrue();
    assertThat(event.item() == null || EventIds.valid(event.item())).as("item").isTrue();
    assertThat(event.time())
        .isAfterOrEqualTo(EventFields.EARLIEST_TIME)
        .isBefore(EventFields.LATEST_TIME);
  }
}
