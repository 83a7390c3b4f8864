package dev.affectrec.vision.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-buffer copy gives exactly what {@link BufferedImage#getRGB} gives, or declines. */
class InterleavedBytesTest {

  @Test
  void bgrBytesCopyEqualsGetRgbAndOtherLayoutsDecline() {
    BufferedImage bgr = new BufferedImage(37, 11, BufferedImage.TYPE_3BYTE_BGR);
    Random random = new Random(3);
    for (int y = 0; y < bgr.getHeight(); y++) {
      for (int x = 0; x < bgr.getWidth(); x++) {
        bgr.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    RgbImage fast = InterleavedBytes.toRgb(bgr);
    int[] packed = bgr.getRGB(0, 0, 37, 11, null, 0, 37);
    RgbImage slow = RgbImage.ofPacked(37, 11, packed);
    for (int y = 0; y < 11; y++) {
      for (int x = 0; x < 37; x++) {
        for (int c = 0; c < 3; c++) {
          assertThat(fast.get(x, y, c)).isEqualTo(slow.get(x, y, c));
        }
      }
    }
    assertThat(InterleavedBytes.toRgb(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY)))
        .isNull();
    assertThat(InterleavedBytes.toRgb(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)))
        .isNull();
    assertThat(InterleavedBytes.toRgb(new BufferedImage(4, 4, BufferedImage.TYPE_4BYTE_ABGR)))
        .isNull();
  }
}
