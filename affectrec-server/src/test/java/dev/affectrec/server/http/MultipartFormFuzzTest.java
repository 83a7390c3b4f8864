package dev.affectrec.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes {@link MultipartForm} with any {@code Content-Type} and body: an input's first line (up to
 * LF) is the header's value, the rest the body. The contract: the parts it returns are at most
 * {@link MultipartForm#MAX_PARTS}, and their content is no more than the body holds; otherwise it
 * throws {@link MultipartForm.MalformedException} (a 400). Any other exception (a 500) or a hang is
 * a finding.
 */
class MultipartFormFuzzTest {
  @FuzzTest
  void parsesPartsOrSaysTheBodyIsMalformed(byte[] input) {
    int newline = 0;
    while (newline < input.length && input[newline] != '\n') {
      newline++;
    }
    String contentType = new String(input, 0, newline, StandardCharsets.ISO_8859_1);
    byte[] body = Arrays.copyOfRange(input, Math.min(newline + 1, input.length), input.length);
    String boundary;
    try {
      boundary = MultipartForm.boundary(contentType);
    } catch (MultipartForm.MalformedException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(boundary).isNotEmpty().hasSizeLessThanOrEqualTo(MultipartForm.MAX_BOUNDARY);
    List<MultipartForm.Part> parts;
    try {
      parts = MultipartForm.parse(body, boundary);
    } catch (MultipartForm.MalformedException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(parts).hasSizeLessThanOrEqualTo(MultipartForm.MAX_PARTS);
    long content = 0;
    for (MultipartForm.Part part : parts) {
      assertThat(part.content()).isNotNull();
      content += part.content().length;
    }
    assertThat(content).isLessThanOrEqualTo(body.length);
  }
}
