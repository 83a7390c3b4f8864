package dev.affectrec.vision.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SafeImageDecoderTest {
  private final SafeImageDecoder decoder = new SafeImageDecoder(ImageLimits.DEFAULTS);

  static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  static BufferedImage gradient(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 128);
      }
    }
    return image;
  }

  @Test
  void decodesPngExactly() throws IOException {
    RgbImage image = decoder.decode(encode(gradient(40, 30), "png"));
    assertThat(image.width()).isEqualTo(40);
    assertThat(image.height()).isEqualTo(30);
    assertThat(image.get(39, 0, 0)).isEqualTo(39 * 255 / 40);
    assertThat(image.get(0, 29, 1)).isEqualTo(29 * 255 / 30);
    assertThat(image.get(5, 5, 2)).isEqualTo(128);
  }

  @Test
  void decodesJpegApproximately() throws IOException {
    RgbImage image = decoder.decode(encode(gradient(64, 48), "jpg"));
    assertThat(image.width()).isEqualTo(64);
    assertThat(image.get(32, 24, 2)).isBetween(118, 138);
  }

  @Test
  void rejectsTruncatedJpeg() throws IOException {
    byte[] jpeg = encode(gradient(300, 200), "jpg");
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
    assertThatThrownBy(() -> decoder.decode(truncated))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageStartingWith("truncated or corrupt image data");
  }

  @Test
  void rejectsTruncatedPng() throws IOException {
    byte[] png = encode(gradient(300, 200), "png");
    byte[] truncated = Arrays.copyOf(png, png.length / 2);
    assertThatThrownBy(() -> decoder.decode(truncated))
        .isInstanceOf(ImageDecodeException.class)
        .message()
        .doesNotContain("\n");
  }

  @Test
  void rejectsNonImagesAndEmptyInput() {
    assertThatThrownBy(() -> decoder.decode("hello, not an image".getBytes()))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessage("not a JPEG, PNG or WebP image");
    assertThatThrownBy(() -> decoder.decode(new byte[0])).hasMessage("image is empty");
  }

  @Test
  void rejectsZeroSizedImage() {
    byte[] png = TestPng.withHeader(0, 0, new byte[] {0});
    assertThatThrownBy(() -> decoder.decode(png))
        .isInstanceOf(ImageDecodeException.class)
        .message()
        .containsAnyOf("no pixels", "corrupt image header");
  }

  @Test
  void rejectsHugeHeaderBeforeDecoding() {
    byte[] png = TestPng.withHeader(20_000, 20_000, new byte[] {0x78, 0x01});
    assertThatThrownBy(() -> decoder.decode(png))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessage("image is 20000x20000 (400000000 pixels); the limit is 40000000 pixels");
  }

  @Test
  void rejectsDecompressionBomb() {
    byte[] bomb = TestPng.black(6000, 6000);
    assertThat(bomb.length).isLessThan(200_000);
    assertThatThrownBy(() -> decoder.decode(bomb))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("decompression bomb")
        .hasMessageContaining("6000x6000");
  }

  @Test
  void rejectsOversizedInput() {
    SafeImageDecoder small = new SafeImageDecoder(new ImageLimits(10, 100, 10, 0, 64));
    assertThatThrownBy(() -> small.decode(new byte[11])).hasMessageContaining("the limit is 10");
  }

  @Test
  void subsamplesLargeImagesWhileDecoding() throws IOException {
    SafeImageDecoder limited = new SafeImageDecoder(new ImageLimits(1 << 20, 1 << 20, 400, 0, 64));
    RgbImage image = limited.decode(encode(gradient(300, 150), "png"));
    assertThat(image.width()).isEqualTo(60);
    assertThat(image.height()).isEqualTo(30);
  }

  @Test
  void validatesLimits() {
    assertThatThrownBy(() -> new ImageLimits(0, 1, 1, 0, 64))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
