package dev.affectrec.bench.vision;

import dev.affectrec.vision.face.FaceConsent;
import dev.affectrec.vision.face.FaceEmotionOptions;
import dev.affectrec.vision.face.FaceEmotionService;
import dev.affectrec.vision.model.FaceModels;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Images per second of the whole face job ({@code FaceEmotionService.analyze} on encoded bytes,
 * default options, as the CLI runs it) over every JPEG in a folder, one thread: wall clock and the
 * thread's CPU time. Unlike {@link FaceEmotionBenchmark}, which loops over the 7 sample photos, a
 * folder of real uploads (the dev photos: tight crops, greyscale) also exercises the second look
 * for a missed face.
 *
 * <pre>
 * java -cp affectrec-bench/target/benchmarks.jar dev.affectrec.bench.vision.FaceFolderThroughput \
 *     DIR [ROUNDS]
 * </pre>
 */
public final class FaceFolderThroughput {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private FaceFolderThroughput() {}

  /** Warms up with one pass, then measures ROUNDS passes (default 1). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<byte[]> photos = new ArrayList<>();
    try (var files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList()) {
        photos.add(Files.readAllBytes(p));
      }
    }
    FaceModels models = FaceModels.load(FaceModels.defaultDirectory());
    try (FaceEmotionService service = FaceEmotionService.of(models, FaceEmotionOptions.DEFAULTS)) {
      int faces = 0;
      for (byte[] photo : photos) {
        faces += service.analyze("photo", photo, FaceConsent.GRANTED).faces().size();
      }
      long wall = System.nanoTime();
      long cpu = CPU.getCurrentThreadCpuTime();
      for (int r = 0; r < rounds; r++) {
        for (byte[] photo : photos) {
          service.analyze("photo", photo, FaceConsent.GRANTED);
        }
      }
      double seconds = (System.nanoTime() - wall) / 1e9;
      double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
      int images = rounds * photos.size();
      System.out.printf(
          Locale.ROOT,
          "%s: %d images (%d faces in the warm-up pass), model %s: %.2f images/s wall, %.1f CPU"
              + " ms per image%n",
          dir,
          images,
          faces,
          models.id(),
          images / seconds,
          cpuMs / images);
    }
  }
}
