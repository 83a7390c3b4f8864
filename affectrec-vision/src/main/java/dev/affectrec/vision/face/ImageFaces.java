package dev.affectrec.vision.face;

import java.util.List;
import java.util.Objects;

/**
 * All faces found in one image.
 *
 * @param image the caller's name for the image (a file name, never its content)
 * @param faces in descending detector score; empty when no face was found
 * @param model identifier of the detector and expression models
 */
public record ImageFaces(String image, List<FaceReading> faces, String model) {

  /** Validates and copies. */
  public ImageFaces {
    Objects.requireNonNull(image, "image");
    faces = List.copyOf(faces);
    Objects.requireNonNull(model, "model");
  }
}
