package dev.affectrec.bench.vision;

import dev.affectrec.vision.detect.BlazeFaceDetector;
import dev.affectrec.vision.expression.ExpressionClassifier;
import dev.affectrec.vision.face.FaceConsent;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time per image of the face pipeline, on one thread, measured with the thread's CPU clock so
 * that other processes on a shared machine do not count. Complements {@link FaceEmotionBenchmark}
 * (wall-clock throughput), which a loaded machine distorts.
 *
 * <pre>
 * java -cp affectrec-bench/target/benchmarks.jar dev.affectrec.bench.vision.FaceCpuTime [ROUNDS]
 * </pre>
 */
public final class FaceCpuTime {
  private FaceCpuTime() {}

  /** Warms up for ROUNDS/2 passes over the photos, then measures ROUNDS passes (default 20). */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
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
    FaceEmotionService service = FaceEmotionService.of(models, FaceEmotionOptions.DEFAULTS);
    RgbImage first = new SafeImageDecoder(ImageLimits.DEFAULTS).decode(photos.get(0));
    int size = BlazeFaceDetector.INPUT_SIZE;
    float[] det = new float[size * size * 3];
    Sampling.letterbox(first, size, det);
    Tensor detInput = Tensor.of(det, 1, size, size, 3);
    int e = ExpressionClassifier.INPUT_SIZE;
    float[] crop = new float[e * e];
    Sampling.greyCrop(first, 80, 70, 120, 120, e, crop, 0);
    Tensor expInput = Tensor.of(crop, 1, e, e, 1);
    List<String> detOutputs = List.of("Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0");

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] totals = new long[3];
    for (int round = -rounds / 2; round < rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (byte[] photo : photos) {
        service.analyze("photo", photo, FaceConsent.GRANTED);
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      models.detector().execute(Map.of("input", detInput), detOutputs);
      long t2 = cpu.getCurrentThreadCpuTime();
      models.expression().execute(Map.of("input_1", expInput), List.of("Identity:0"));
      long t3 = cpu.getCurrentThreadCpuTime();
      if (round >= 0) {
        totals[0] += t1 - t0;
        totals[1] += t2 - t1;
        totals[2] += t3 - t2;
      }
    }
    double endToEnd = totals[0] / 1e6 / rounds / photos.size();
    System.out.printf(
        Locale.ROOT,
        "CPU ms per image: end-to-end %.1f, detector %.1f, expression %.1f%n"
            + "implied images/s: %.1f per core, %.1f on 2 cores (if both cores were ours)%n",
        endToEnd,
        totals[1] / 1e6 / rounds,
        totals[2] / 1e6 / rounds,
        1000 / endToEnd,
        2000 / endToEnd);
  }
}
