package dev.affectrec.vision.face;

import dev.affectrec.api.emotion.Circumplex;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionRecognizer;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.FaceDetector;
import dev.affectrec.vision.expression.ExpressionClassifier;
import dev.affectrec.vision.expression.FaceCrop;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.SafeImageDecoder;
import dev.affectrec.vision.model.FaceModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The face-emotion job: consent, safe in-memory decoding, face detection, expression per face. This
 * is the one service method the CLI ({@code affectrec emotion face}) and REST ({@code POST
 * /v1/emotion/face}) call. Images are never written to disk or logged; only readings leave.
 * Thread-safe: one instance serves concurrent requests. {@link #close} frees an ONNX detector's
 * native session (a no-op for BlazeFace).
 */
public final class FaceEmotionService implements AutoCloseable {
  private final FaceDetector detector;
  private final ExpressionClassifier expression;
  private final SafeImageDecoder decoder;
  private final String model;

  /** Assembles the job from its parts. */
  public FaceEmotionService(
      FaceDetector detector, ExpressionClassifier expression, FaceEmotionOptions options) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.expression = Objects.requireNonNull(expression, "expression");
    this.decoder = new SafeImageDecoder(options.limits());
    this.model = detector.modelId();
  }

  private FaceEmotionService(
      FaceDetector detector,
      ExpressionClassifier expression,
      FaceEmotionOptions options,
      String model) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.expression = Objects.requireNonNull(expression, "expression");
    this.decoder = new SafeImageDecoder(options.limits());
    this.model = model;
  }

  /** Frees the detector's native resources if it holds any. */
  @Override
  public void close() {
    if (detector instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close detector " + model, e);
      }
    }
  }

  /**
   * The detector of {@link FaceEmotionOptions#detectorChoice()} (BlazeFace from the verified model
   * files by default) and the expression net.
   *
   * @throws dev.affectrec.vision.detect.DetectorModelException for an unusable ONNX detector file
   */
  public static FaceEmotionService of(FaceModels models, FaceEmotionOptions options) {
    FaceDetector detector =
        FaceDetectors.create(
            options.detectorChoice(), options.detector(), models, options.search());
    String model =
        detector.modelId().equals(models.id())
            ? models.id()
            : detector.modelId() + "+" + models.id().replace("blazeface+", "");
    return new FaceEmotionService(
        detector,
        ExpressionClassifier.of(
            models,
            FaceCrop.product(
                options.cropScale() * options.detectorChoice().kind().boxToBlazeFace())),
        options,
        model);
  }

  /**
   * Analyses one encoded image.
   *
   * @param name how the image is called in the result (a file name); never its content
   * @param bytes JPEG, PNG or WebP bytes
   * @param consent must be granted
   * @throws ConsentRequiredException without consent (before the bytes are looked at)
   * @throws dev.affectrec.vision.image.ImageDecodeException for an image that cannot or may not be
   *     decoded
   */
  public ImageFaces analyze(String name, byte[] bytes, FaceConsent consent) {
    requireConsent(consent);
    return analyze(name, decoder.decode(bytes));
  }

  /** Analyses an already decoded image (consent is the caller's duty here). */
  public ImageFaces analyze(String name, RgbImage image) {
    List<FaceBox> boxes = detector.detect(image);
    List<EmotionDistribution> emotions = expression.classify(image, boxes);
    List<FaceReading> faces = new ArrayList<>(boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      faces.add(FaceReading.of(boxes.get(i), emotions.get(i)));
    }
    return new ImageFaces(name, faces, model);
  }

  /** One FACE reading per face, about {@code subject} at {@code time}. */
  public static List<EmotionReading> readings(ImageFaces result, Subject subject, Instant time) {
    List<EmotionReading> out = new ArrayList<>();
    for (FaceReading face : result.faces()) {
      out.add(reading(face, subject, time, result.model()));
    }
    return out;
  }

  /**
   * A recognizer over encoded images that reads the highest-scoring face, or gives a uniform,
   * zero-confidence reading when there is no face. Uses {@code consent} for every call.
   */
  public EmotionRecognizer<byte[]> recognizer(FaceConsent consent) {
    return new EmotionRecognizer<>() {
      @Override
      public Modality modality() {
        return Modality.FACE;
      }

      @Override
      public EmotionReading recognize(byte[] input, Subject subject, Instant time) {
        ImageFaces result = analyze("input", input, consent);
        if (result.faces().isEmpty()) {
          return EmotionReading.derived(
              Modality.FACE,
              subject,
              time,
              EmotionDistribution.UNIFORM,
              PolarityScores.NEUTRAL,
              0,
              0,
              model,
              null);
        }
        return reading(result.faces().get(0), subject, time, model);
      }
    };
  }

  private static EmotionReading reading(
      FaceReading face, Subject subject, Instant time, String model) {
    EmotionDistribution d = face.emotions();
    double negative = 0;
    double neutral = 0;
    double positive = 0;
    for (Emotion e : Emotion.values()) {
      double v = Circumplex.valence(e);
      if (v < 0) {
        negative += d.probability(e);
      } else if (v > 0) {
        positive += d.probability(e);
      } else {
        neutral += d.probability(e);
      }
    }
    return EmotionReading.derived(
        Modality.FACE,
        subject,
        time,
        d,
        PolarityScores.normalised(negative, neutral, positive),
        1 - d.probability(Emotion.NEUTRAL),
        face.confidence(),
        model,
        null);
  }

  private static void requireConsent(FaceConsent consent) {
    if (consent == null || !consent.granted()) {
      throw new ConsentRequiredException(
          "face processing requires consent; none was given, so the image was not read");
    }
  }
}
