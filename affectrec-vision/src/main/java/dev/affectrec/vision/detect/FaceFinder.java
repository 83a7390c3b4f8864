package dev.affectrec.vision.detect;

import dev.affectrec.vision.image.RgbImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the face that is there. Detectors trained on scenes miss faces that fill the photo (tight
 * crops, portraits), so when the detector finds no face above its threshold this looks again on the
 * image padded with a margin of its mean colour, and if that finds none either, takes the whole
 * image as one face when the detector saw something face-like near the centre (a weak detection,
 * score at least {@link FaceSearch#likenessMinScore()}). Boxes of one face (one mostly inside
 * another) are merged, keeping the stronger. Thread-safe when the wrapped detector is.
 */
public final class FaceFinder implements FaceDetector {
  private final FaceDetector detector;
  private final double minScore;
  private final FaceSearch search;

  /**
   * @param lenient the detector, built with a threshold at most {@code search.likenessMinScore()}
   *     so that weak detections reach this class
   * @param minScore the threshold a detection must pass to count as a face
   * @param search how to look again
   */
  public FaceFinder(FaceDetector lenient, double minScore, FaceSearch search) {
    this.detector = Objects.requireNonNull(lenient, "lenient");
    this.minScore = minScore;
    this.search = Objects.requireNonNull(search, "search");
  }

  /** The threshold to build the wrapped detector with, for a user threshold {@code minScore}. */
  public static double lenientScore(double minScore, FaceSearch search) {
    return Math.min(minScore, search.likenessMinScore());
  }

  @Override
  public String modelId() {
    return detector.modelId();
  }

  @Override
  public List<FaceBox> detect(RgbImage image) {
    List<FaceBox> weak = detector.detect(image);
    List<FaceBox> found = merged(weak);
    if (!found.isEmpty() || search.padFraction() == 0) {
      return found;
    }
    int border = (int) Math.round(search.padFraction() * Math.max(image.width(), image.height()));
    List<FaceBox> padded = new ArrayList<>();
    for (FaceBox b : detector.detect(image.padded(border))) {
      padded.add(b.translated(-border, -border));
    }
    found = merged(padded);
    if (!found.isEmpty()) {
      return found;
    }
    weak.addAll(padded);
    return weak.stream()
        .filter(b -> b.score() >= search.likenessMinScore() && central(b, image))
        .max(Comparator.comparingDouble(FaceBox::score))
        .map(b -> List.of(new FaceBox(0, 0, image.width(), image.height(), b.score(), b.eyes())))
        .orElse(List.of());
  }

  private List<FaceBox> merged(List<FaceBox> boxes) {
    List<FaceBox> kept = new ArrayList<>();
    boxes.stream()
        .filter(b -> b.score() >= minScore)
        .sorted(Comparator.comparingDouble(FaceBox::score).reversed())
        .forEach(
            b -> {
              if (kept.stream().noneMatch(k -> containedShare(k, b) > search.containment())) {
                kept.add(b);
              }
            });
    return kept;
  }

  /** The share of the smaller box's area that lies inside the other. */
  static double containedShare(FaceBox a, FaceBox b) {
    double ix =
        Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
    double iy =
        Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
    double smaller = Math.min(a.width() * a.height(), b.width() * b.height());
    return smaller <= 0 ? 0 : ix * iy / smaller;
  }

  /** Whether the box's centre lies in the middle half of the image, both ways. */
  private static boolean central(FaceBox b, RgbImage image) {
    double cx = (b.x() + b.width() / 2) / image.width();
    double cy = (b.y() + b.height() / 2) / image.height();
    return cx > 0.25 && cx < 0.75 && cy > 0.25 && cy < 0.75;
  }
}
