package dev.affectrec.bench.vision;

import dev.affectrec.vision.detect.BlazeFaceDetector;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.FaceDetector;
import dev.affectrec.vision.expression.ExpressionClassifier;
import dev.affectrec.vision.face.FaceConsent;
import dev.affectrec.vision.face.FaceDetectors;
import dev.affectrec.vision.face.FaceEmotionOptions;
import dev.affectrec.vision.face.FaceEmotionService;
import dev.affectrec.vision.image.ImageLimits;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.SafeImageDecoder;
import dev.affectrec.vision.image.Sampling;
import dev.affectrec.vision.model.FaceModels;
import dev.affectrec.vision.tfjs.Tensor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time per image of the face pipeline and of each of its stages, on one thread, measured with
 * the thread's CPU clock so that other processes on a shared machine count less than in wall time
 * (they still share caches and the memory bus). Complements {@link FaceEmotionBenchmark}
 * (wall-clock throughput).
 *
 * <pre>
 * java -cp affectrec-bench/target/benchmarks.jar dev.affectrec.bench.vision.FaceCpuTime \
 *     [ROUNDS [blazeface|ultraface|yunet [MODEL.onnx]]]
 * </pre>
 *
 * Stages: JPEG decode (with EXIF orientation), the detector as a whole ({@code detect}: resample
 * plus network plus decoding), for BlazeFace its letterbox resample and graph alone, and the
 * expression net on the detected face (crop plus graph).
 */
public final class FaceCpuTime {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private FaceCpuTime() {}

  /** Warms up for ROUNDS/2 passes over the photos, then measures ROUNDS passes (default 20). */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    DetectorChoice choice =
        args.length > 1 ? DetectorChoice.of(args[1], args.length > 2 ? args[2] : null) : null;
    Path dir =
        Path.of(System.getProperty("affectrec.shared.dir", "../shared"))
            .resolve("data/face-expression-samples");
    List<byte[]> photos = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList()) {
        photos.add(Files.readAllBytes(p));
      }
    }
    FaceModels models = FaceModels.load(FaceModels.defaultDirectory());
    FaceEmotionOptions options =
        choice == null
            ? FaceEmotionOptions.DEFAULTS
            : FaceEmotionOptions.DEFAULTS.withDetectorChoice(choice);
    SafeImageDecoder decoder = new SafeImageDecoder(ImageLimits.DEFAULTS);
    List<RgbImage> images = photos.stream().map(decoder::decode).toList();
    int size = BlazeFaceDetector.INPUT_SIZE;
    float[] letterboxed = new float[size * size * 3];
    List<String> detOutputs = List.of("Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0");
    ExpressionClassifier expression =
        new ExpressionClassifier(models.expression(), options.cropScale());
    Map<String, Long> totals = new LinkedHashMap<>();
    try (FaceEmotionService service = FaceEmotionService.of(models, options)) {
      FaceDetector detector =
          FaceDetectors.create(options.detectorChoice(), options.detector(), models);
      for (int round = -rounds / 2; round < rounds; round++) {
        boolean measured = round >= 0;
        for (int i = 0; i < photos.size(); i++) {
          byte[] photo = photos.get(i);
          RgbImage image = images.get(i);
          time(
              totals,
              measured,
              "end to end",
              () -> service.analyze("p", photo, FaceConsent.GRANTED));
          time(totals, measured, "decode", () -> decoder.decode(photo));
          List<FaceBox> faces = new ArrayList<>();
          time(totals, measured, "detect", () -> faces.addAll(detector.detect(image)));
          if (options.detectorChoice().equals(DetectorChoice.BLAZEFACE)) {
            time(
                totals,
                measured,
                "  letterbox",
                () -> Sampling.letterbox(image, size, letterboxed));
            Tensor input = Tensor.of(letterboxed, 1, size, size, 3);
            time(
                totals,
                measured,
                "  blazeface graph",
                () -> models.detector().execute(Map.of("input", input), detOutputs));
          }
          time(
              totals,
              measured,
              "expression (crop + graph)",
              () -> expression.classify(image, faces));
        }
      }
      if (detector instanceof AutoCloseable closeable) {
        closeable.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    System.out.printf(
        Locale.ROOT,
        "detector %s, %d photos x %d rounds%n",
        options.detectorChoice().kind().id(),
        photos.size(),
        rounds);
    double perImage = totals.get("end to end") / 1e6 / rounds / photos.size();
    totals.forEach(
        (stage, nanos) ->
            System.out.printf(
                Locale.ROOT,
                "  %-28s %7.2f CPU ms per image%n",
                stage,
                nanos / 1e6 / rounds / photos.size()));
    System.out.printf(
        Locale.ROOT,
        "implied images/s: %.1f per core, %.1f on 2 cores (if both cores were ours)%n",
        1000 / perImage,
        2000 / perImage);
  }

  private static void time(
      Map<String, Long> totals, boolean measured, String stage, Runnable work) {
    long t0 = CPU.getCurrentThreadCpuTime();
    work.run();
    long t1 = CPU.getCurrentThreadCpuTime();
    if (measured) {
      totals.merge(stage, t1 - t0, Long::sum);
    }
  }
}
