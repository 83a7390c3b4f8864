package dev.affectrec.vision.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link SafeImageDecoder} under the default limits with any bytes. The contract: a decoded
 * image has 1 to {@code maxWorkingSide} pixels on each side, or the decoder throws an {@link
 * ImageDecodeException} with a one-line reason. Any other exception, a hang or running out of
 * memory is a finding.
 */
class SafeImageDecoderFuzzTest {
  private static final SafeImageDecoder DECODER = new SafeImageDecoder(ImageLimits.DEFAULTS);

  @FuzzTest
  void decodesWithinTheLimitsOrSaysWhy(byte[] input) {
    RgbImage image;
    try {
      image = DECODER.decode(input);
    } catch (ImageDecodeException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    int side = ImageLimits.DEFAULTS.maxWorkingSide();
    assertThat(image.width()).isBetween(1, side);
    assertThat(image.height()).isBetween(1, side);
  }
}
