package dev.affectrec.vision.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WebP, greyscale and CMYK JPEG through the TwelveMonkeys ImageIO plugins, and the clear refusal of
 * other formats. The files under {@code src/test/resources/dev/affectrec/vision/image} are 48×32
 * synthetic images made with ImageMagick and cwebp: the left half red (200, 40, 30), the right half
 * blue (20, 60, 210).
 */
class ImageFormatsTest {
  private final SafeImageDecoder decoder = new SafeImageDecoder(ImageLimits.DEFAULTS);

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ImageFormatsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static void assertColour(RgbImage image, int x, int y, int r, int g, int b, int slack) {
    assertThat(image.get(x, y, 0)).as("red at %d,%d", x, y).isCloseTo(r, within(slack));
    assertThat(image.get(x, y, 1)).as("green at %d,%d", x, y).isCloseTo(g, within(slack));
    assertThat(image.get(x, y, 2)).as("blue at %d,%d", x, y).isCloseTo(b, within(slack));
  }

  @ParameterizedTest
  @CsvSource({"quads-lossless.webp, 0", "quads-lossy.webp, 16"})
  void decodesWebp(String file, int slack) throws IOException {
    RgbImage image = decoder.decode(resource(file));
    assertThat(image.width()).isEqualTo(48);
    assertThat(image.height()).isEqualTo(32);
    assertColour(image, 5, 5, 200, 40, 30, slack);
    assertColour(image, 40, 20, 20, 60, 210, slack);
  }

  @Test
  void decodesCmykJpegToTheSameColours() throws IOException {
    RgbImage image = decoder.decode(resource("quads-cmyk.jpg"));
    assertThat(image.width()).isEqualTo(48);
    assertColour(image, 5, 5, 200, 40, 30, 24);
    assertColour(image, 40, 20, 20, 60, 210, 24);
  }

  @Test
  void decodesGreyscaleJpegToEqualChannels() throws IOException {
    RgbImage image = decoder.decode(resource("quads-grey.jpg"));
    assertThat(image.height()).isEqualTo(32);
    for (int[] p : new int[][] {{5, 5}, {40, 20}}) {
      assertThat(image.get(p[0], p[1], 0)).isEqualTo(image.get(p[0], p[1], 1));
      assertThat(image.get(p[0], p[1], 1)).isEqualTo(image.get(p[0], p[1], 2));
    }
    // The two halves stay two grey levels (ImageMagick's grey of the red is 146, of the blue 135).
    assertThat(image.get(5, 5, 0)).isCloseTo(146, within(3));
    assertThat(image.get(5, 5, 0) - image.get(40, 20, 0)).isGreaterThan(5);
  }

  @Test
  void webpKeepsThePixelLimit() throws IOException {
    // 7000 x 7000 one-colour lossless WebP: 49 megapixels in 1934 bytes.
    assertThatThrownBy(() -> decoder.decode(resource("huge-7000.webp")))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("7000x7000")
        .hasMessageContaining("the limit is");
  }

  @Test
  void otherFormatsGetTheClearError() throws IOException {
    assertThatThrownBy(() -> decoder.decode(resource("quads.gif")))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessage(SafeImageDecoder.UNSUPPORTED_FORMAT);
    assertThat(SafeImageDecoder.UNSUPPORTED_FORMAT).isEqualTo("not a JPEG, PNG or WebP image");
  }
}
