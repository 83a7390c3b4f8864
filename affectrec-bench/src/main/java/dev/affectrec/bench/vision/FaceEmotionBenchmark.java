package dev.affectrec.bench.vision;

import dev.affectrec.bench.OneForkBenchmark;
import dev.affectrec.vision.detect.BlazeFaceDetector;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.FaceDetector;
import dev.affectrec.vision.expression.ExpressionClassifier;
import dev.affectrec.vision.face.FaceConsent;
import dev.affectrec.vision.face.FaceDetectors;
import dev.affectrec.vision.face.FaceEmotionOptions;
import dev.affectrec.vision.face.FaceEmotionService;
import dev.affectrec.vision.face.ImageFaces;
import dev.affectrec.vision.image.ImageLimits;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.SafeImageDecoder;
import dev.affectrec.vision.image.Sampling;
import dev.affectrec.vision.model.FaceModels;
import dev.affectrec.vision.tfjs.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Images per second through the face pipeline (decode JPEG, detect, crop, expression net) on the 7
 * photos of ../shared/data/face-expression-samples, the detector alone on decoded photos, and the
 * two TF.js networks alone. Run with {@code -t 2} for two cores. {@code -p detector=} picks
 * blazeface (built in), ultraface (../shared/models/ultraface-rfb/version-RFB-320.onnx) or yunet
 * (../shared/models/yunet/yunet_n_320_320.onnx). The photo and model folders come from {@code
 * -Daffectrec.shared.dir} (default {@code ../shared}); the TF.js models from {@link
 * FaceModels#defaultDirectory()}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class FaceEmotionBenchmark extends OneForkBenchmark {
  private static final Map<String, String> ONNX_FILES =
      Map.of(
          "ultraface", "models/ultraface-rfb/version-RFB-320.onnx",
          "yunet", "models/yunet/yunet_n_320_320.onnx");

  /** Which detector the pipeline uses. */
  @Param({"blazeface", "ultraface", "yunet"})
  public String detector;

  private final AtomicInteger next = new AtomicInteger();
  private List<RgbImage> decoded;
  private FaceDetector faceDetector;
  private List<byte[]> photos;
  private FaceModels models;
  private FaceEmotionService service;
  private Tensor detectorInput;
  private Tensor expressionInput;

  /** Loads models and photos once. */
  @Setup
  public void setUp() throws IOException {
    Path dir =
        Path.of(System.getProperty("affectrec.shared.dir", "../shared"))
            .resolve("data/face-expression-samples");
    photos = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList()) {
        photos.add(Files.readAllBytes(p));
      }
    }
    if (photos.isEmpty()) {
      throw new IllegalStateException("no sample photos in " + dir);
    }
    models = FaceModels.load(FaceModels.defaultDirectory());
    String file = ONNX_FILES.get(detector);
    Path shared = Path.of(System.getProperty("affectrec.shared.dir", "../shared"));
    FaceEmotionOptions options =
        FaceEmotionOptions.DEFAULTS.withDetectorChoice(
            DetectorChoice.of(detector, file == null ? null : shared.resolve(file).toString()));
    service = FaceEmotionService.of(models, options);
    faceDetector = FaceDetectors.create(options.detectorChoice(), options.detector(), models);
    SafeImageDecoder decoder = new SafeImageDecoder(ImageLimits.DEFAULTS);
    decoded = photos.stream().map(decoder::decode).toList();
    RgbImage first = decoded.get(0);
    int size = BlazeFaceDetector.INPUT_SIZE;
    float[] det = new float[size * size * 3];
    Sampling.letterbox(first, size, det);
    detectorInput = Tensor.of(det, 1, size, size, 3);
    int e = ExpressionClassifier.INPUT_SIZE;
    float[] crop = new float[e * e];
    Sampling.greyCrop(first, 80, 70, 120, 120, e, crop, 0);
    expressionInput = Tensor.of(crop, 1, e, e, 1);
  }

  /** One photo end to end (decode, detect, classify every face). */
  @Benchmark
  public ImageFaces endToEnd() {
    int i = Math.floorMod(next.getAndIncrement(), photos.size());
    return service.analyze("photo", photos.get(i), FaceConsent.GRANTED);
  }

  /** Releases the ONNX sessions. */
  @TearDown
  public void tearDown() throws Exception {
    service.close();
    if (faceDetector instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  /** The configured detector alone (resample, network, decoding, NMS) on a decoded photo. */
  @Benchmark
  public List<FaceBox> detectOnly() {
    int i = Math.floorMod(next.getAndIncrement(), decoded.size());
    return faceDetector.detect(decoded.get(i));
  }

  /** The BlazeFace graph alone on a preprocessed 256×256 input. */
  @Benchmark
  public Map<String, Tensor> detectorOnly() {
    return models
        .detector()
        .execute(
            Map.of("input", detectorInput),
            List.of("Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0"));
  }

  /** The expression graph alone on one 64×64 crop. */
  @Benchmark
  public Map<String, Tensor> expressionOnly() {
    return models.expression().execute(Map.of("input_1", expressionInput), List.of("Identity:0"));
  }
}
