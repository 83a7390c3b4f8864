package dev.affectrec.vision.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

  /** Inserts an APP1 Exif segment (big- or little-endian) with one orientation entry. */
  static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    int[] header =
        littleEndian
            ? new int[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0}
            : new int[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1};
    for (int b : header) {
      tiff.write(b);
    }
    if (littleEndian) {
      tiff.write(orientation);
      tiff.write(0);
    } else {
      tiff.write(0);
      tiff.write(orientation);
    }
    tiff.write(0);
    tiff.write(0);
    tiff.write(0);
    tiff.write(0);
    tiff.write(0);
    tiff.write(0);
    byte[] body = tiff.toByteArray();
    int length = 2 + 6 + body.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xff);
    out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    out.writeBytes(body);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static byte[] jpeg(int w, int h) throws IOException {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, x < w / 2 ? 0xFF0000 : 0x0000FF);
      }
    }
    return SafeImageDecoderTest.encode(image, "jpg");
  }

  @Test
  void readsOrientationInBothByteOrders() throws IOException {
    byte[] plain = jpeg(32, 16);
    assertThat(ExifOrientation.of(plain)).isEqualTo(1);
    assertThat(ExifOrientation.of(withOrientation(plain, 6, false))).isEqualTo(6);
    assertThat(ExifOrientation.of(withOrientation(plain, 3, true))).isEqualTo(3);
    assertThat(ExifOrientation.of(new byte[] {1, 2, 3})).isEqualTo(1);
  }

  @Test
  void decoderTurnsAnOrientation6ImageUpright() throws IOException {
    byte[] rotated = withOrientation(jpeg(32, 16), 6, false);
    RgbImage image = new SafeImageDecoder(ImageLimits.DEFAULTS).decode(rotated);
    assertThat(image.width()).isEqualTo(16);
    assertThat(image.height()).isEqualTo(32);
    // Left half red, turned 90 degrees clockwise: red ends up on top.
    assertThat(image.get(8, 4, 0)).isGreaterThan(200);
    assertThat(image.get(8, 28, 2)).isGreaterThan(200);
  }

  @Test
  void everyOrientationKeepsPixelsAndSwapsSidesFrom5On() {
    int[] pixels = {1, 2, 3, 4, 5, 6};
    RgbImage image = RgbImage.ofPacked(3, 2, pixels);
    for (int o = 1; o <= 8; o++) {
      RgbImage turned = image.oriented(o);
      assertThat(turned.width()).isEqualTo(o >= 5 ? 2 : 3);
      long sum = 0;
      for (int y = 0; y < turned.height(); y++) {
        for (int x = 0; x < turned.width(); x++) {
          sum += turned.get(x, y, 2);
        }
      }
      assertThat(sum).isEqualTo(21);
    }
    assertThat(image.oriented(3).get(0, 0, 2)).isEqualTo(6);
    assertThat(image.oriented(8).get(0, 0, 2)).isEqualTo(3);
  }
}
