package dev.affectrec.vision.face;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.vision.detect.FaceBox;

/**
 * The wire form of {@link ImageFaces}, one JSON object on one line: {@code
 * {"image":"...","faces":[{"box":[x,y,w,h],"score":s,"emotions":{...},"top":"joy"}],"model":"..."}}.
 * Box coordinates are rounded to 0.1 pixel, score, confidence and probabilities to 4 decimals.
 * Thread-safe.
 */
public final class FaceJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FaceJson() {}

  /** Renders one image's result on one line. */
  public static String render(ImageFaces result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("image", result.image());
    ArrayNode faces = root.putArray("faces");
    for (FaceReading face : result.faces()) {
      ObjectNode f = faces.addObject();
      FaceBox b = face.box();
      f.putArray("box")
          .add(round(b.x(), 1))
          .add(round(b.y(), 1))
          .add(round(b.width(), 1))
          .add(round(b.height(), 1));
      f.put("score", round(b.score(), 4));
      ObjectNode emotions = f.putObject("emotions");
      for (Emotion e : Emotion.values()) {
        emotions.put(e.wireName(), round(face.emotions().probability(e), 4));
      }
      f.put("top", face.top().wireName());
      f.put("confidence", round(face.confidence(), 4));
    }
    root.put("model", result.model());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
