package dev.affectrec.vision.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.vision.image.RgbImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search logic of {@link FaceFinder} over a scripted detector whose answer depends on the size
 * of the image it is given (the padded second look is larger), so each branch is reached on
 * purpose. The real detectors on real photos are in FaceFindingSamplesTest.
 */
class FaceFinderTest {
  private static final RgbImage IMAGE = RgbImage.ofPacked(100, 80, new int[100 * 80]);
  private static final FaceSearch SEARCH = new FaceSearch(0.5, 0.1, 0.5);

  /** Answers {@code first} for the original image and {@code padded} for any larger one. */
  private static FaceDetector scripted(
      List<FaceBox> first, List<FaceBox> padded, List<RgbImage> seen) {
    return new FaceDetector() {
      @Override
      public List<FaceBox> detect(RgbImage image) {
        seen.add(image);
        return new ArrayList<>(image.width() == IMAGE.width() ? first : padded);
      }

      @Override
      public String modelId() {
        return "scripted";
      }
    };
  }

  @Test
  void mergesABoxMostlyInsideAStrongerOne() {
    List<RgbImage> seen = new ArrayList<>();
    FaceBox face = new FaceBox(10, 10, 50, 50, 0.9);
    FaceBox inner = new FaceBox(20, 20, 20, 20, 0.6);
    FaceBox other = new FaceBox(70, 10, 20, 20, 0.7);
    FaceFinder finder =
        new FaceFinder(scripted(List.of(inner, face, other), List.of(), seen), 0.5, SEARCH);
    assertThat(finder.detect(IMAGE)).containsExactly(face, other);
    assertThat(seen).hasSize(1);
  }

  @Test
  void looksAgainOnAPaddedImageAndMapsTheBoxBack() {
    List<RgbImage> seen = new ArrayList<>();
    FaceFinder finder =
        new FaceFinder(
            scripted(List.of(), List.of(new FaceBox(55, 52, 80, 70, 0.8)), seen), 0.5, SEARCH);
    assertThat(finder.detect(IMAGE)).containsExactly(new FaceBox(5, 2, 80, 70, 0.8));
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1).width()).isEqualTo(200);
    assertThat(seen.get(1).height()).isEqualTo(180);
  }

  @Test
  void takesTheWholeImageOnlyForAWeakCentralDetection() {
    List<RgbImage> seen = new ArrayList<>();
    FaceBox weakCentral = new FaceBox(30, 20, 40, 40, 0.2);
    FaceFinder finder =
        new FaceFinder(scripted(List.of(weakCentral), List.of(), seen), 0.5, SEARCH);
    assertThat(finder.detect(IMAGE)).containsExactly(new FaceBox(0, 0, 100, 80, 0.2));

    FaceBox weakCorner = new FaceBox(0, 0, 20, 20, 0.3);
    FaceBox tooWeak = new FaceBox(30, 20, 40, 40, 0.05);
    FaceFinder corner =
        new FaceFinder(scripted(List.of(weakCorner, tooWeak), List.of(), seen), 0.5, SEARCH);
    assertThat(corner.detect(IMAGE)).isEmpty();
  }

  @Test
  void offGivesTheDetectorsOwnResult() {
    List<RgbImage> seen = new ArrayList<>();
    FaceBox weak = new FaceBox(30, 20, 40, 40, 0.2);
    FaceFinder finder =
        new FaceFinder(scripted(List.of(weak), List.of(), seen), 0.5, FaceSearch.OFF);
    assertThat(finder.detect(IMAGE)).isEmpty();
    assertThat(seen).hasSize(1);
    assertThat(FaceFinder.lenientScore(0.5, FaceSearch.OFF)).isEqualTo(0.5);
    assertThat(FaceFinder.lenientScore(0.5, FaceSearch.DEFAULTS)).isEqualTo(0.1);
  }
}
