package dev.affectrec.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartFormTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static List<MultipartForm.Part> parse(String body) {
    return MultipartForm.parse(bytes(body), "XyZ");
  }

  @Test
  void readsTheBoundaryQuotedOrNot() {
    assertThat(MultipartForm.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
    assertThat(MultipartForm.boundary("multipart/form-data;charset=utf-8; BOUNDARY=\"a;b c\""))
        .isEqualTo("a;b c");
  }

  @Test
  void refusesAMissingEmptyOrOverlongBoundary() {
    assertThatThrownBy(() -> MultipartForm.boundary("multipart/form-data"))
        .isInstanceOf(MultipartForm.MalformedException.class)
        .hasMessageContaining("no boundary");
    assertThatThrownBy(() -> MultipartForm.boundary("multipart/form-data; boundary=\"\""))
        .hasMessageContaining("1 to 70");
    assertThatThrownBy(
            () -> MultipartForm.boundary("multipart/form-data; boundary=" + "a".repeat(71)))
        .hasMessageContaining("1 to 70");
  }

  @Test
  void readsEveryPartWithItsNameFilenameTypeAndExactBytes() {
    List<MultipartForm.Part> parts =
        parse(
            "preamble to ignore\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
                + "hello\r\n--XyZ\r\n"
                + "content-disposition: form-data; name=\"image\"; filename=\"a \\\"b\\\";.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n"
                + "\r\n--XyZ-not-the-end\r\n\0\r\n"
                + "\r\n--XyZ--\r\nepilogue");
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).name()).isEqualTo("note");
    assertThat(parts.get(0).filename()).isNull();
    assertThat(parts.get(0).content()).isEqualTo(bytes("hello"));
    MultipartForm.Part image = MultipartForm.find(parts, "image").orElseThrow();
    assertThat(image.filename()).isEqualTo("a \"b\";.jpg");
    assertThat(image.contentType()).isEqualTo("image/jpeg");
    // content that looks like a delimiter but is not one (a longer boundary) stays content
    assertThat(image.content()).isEqualTo(bytes("\r\n--XyZ-not-the-end\r\n\0\r\n"));
  }

  @Test
  void aPartWithoutHeadersOrContentIsKept() {
    List<MultipartForm.Part> parts = parse("--XyZ\r\n\r\n\r\n--XyZ--");
    assertThat(parts).singleElement().satisfies(p -> assertThat(p.content()).isEmpty());
    assertThat(parts.get(0).name()).isNull();
    assertThat(MultipartForm.find(parts, "image")).isEmpty();
  }

  @Test
  void anEmptyFormHasNoParts() {
    assertThat(parse("--XyZ--\r\n")).isEmpty();
  }

  @Test
  void refusesBodiesThatAreNotMultipart() {
    assertThatThrownBy(() -> parse("this is not a multipart body"))
        .isInstanceOf(MultipartForm.MalformedException.class)
        .hasMessageContaining("no part starts with the boundary");
    assertThatThrownBy(
            () -> parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabc"))
        .hasMessageContaining("closing boundary");
    assertThatThrownBy(() -> parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\""))
        .hasMessageContaining("no blank line");
    assertThatThrownBy(() -> parse("--XyZjunk\r\n\r\nabc\r\n--XyZjunk"))
        .hasMessageContaining("no part starts with the boundary");
    assertThatThrownBy(() -> parse("--XyZ\nContent-Disposition: form-data\n\nabc\n--XyZ--"))
        .hasMessageContaining("no part starts with the boundary");
  }

  @Test
  void refusesHeadersOverTheLimitAndTooManyParts() {
    String longHeader = "X-Pad: " + "a".repeat(MultipartForm.MAX_HEADER_BYTES) + "\r\n\r\n";
    assertThatThrownBy(() -> parse("--XyZ\r\n" + longHeader + "x\r\n--XyZ--"))
        .hasMessageContaining("no blank line within " + MultipartForm.MAX_HEADER_BYTES);
    String many = "--XyZ\r\n\r\nx\r\n".repeat(MultipartForm.MAX_PARTS + 1) + "--XyZ--";
    assertThatThrownBy(() -> parse(many)).hasMessageContaining("more than 100 parts");
    String enough = "--XyZ\r\n\r\nx\r\n".repeat(MultipartForm.MAX_PARTS) + "--XyZ--";
    assertThat(parse(enough)).hasSize(MultipartForm.MAX_PARTS);
  }

  @Test
  void contentFullOfNearDelimitersIsFoundExactly() {
    String content = "\r\n--XyZ".substring(0, 6).repeat(10_000);
    List<MultipartForm.Part> parts = parse("--XyZ\r\n\r\n" + content + "\r\n--XyZ--");
    assertThat(parts.get(0).content()).isEqualTo(bytes(content));
  }
}
