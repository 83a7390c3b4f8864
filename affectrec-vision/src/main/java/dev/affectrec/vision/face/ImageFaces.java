package dev.affectrec.vision.face;

import dev.affectrec.io.emotion.EmotionJson;
import dev.affectrec.vision.detect.FaceBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * The wire form, one JSON object on one line: {@code
   * {"image":"...","faces":[{"box":[x,y,w,h],"score":s,"emotions":{...},"top":"joy",
   * "confidence":c}],"model":"..."}}, rounded by {@link EmotionJson}.
   */
  public String toJson() {
    List<Map<String, Object>> rendered = new ArrayList<>();
    for (FaceReading face : faces) {
      FaceBox b = face.box();
      rendered.add(
          EmotionJson.face(
              new double[] {b.x(), b.y(), b.width(), b.height()},
              b.score(),
              face.emotions(),
              face.confidence()));
    }
    return EmotionJson.line(EmotionJson.faces(image, rendered, model));
  }
}
