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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 *
 * With {@code -Dface.compare=true} it loads the models twice, once without the mini-Xception (the
 * single network) and once with it (the ensemble, from where {@link FaceModels#load} finds it), and
 * alternates them round by round in the same JVM, printing each round's CPU time per image and the
 * ratio single ÷ ensemble (the ensemble's images/s as a share of the single network's).
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
    Map<String, FaceModels> configurations = new LinkedHashMap<>();
    if (Boolean.getBoolean("face.compare")) {
      configurations.put("single", FaceModels.loadWithout(FaceModels.defaultDirectory()));
      FaceModels ensemble = FaceModels.load(FaceModels.defaultDirectory());
      if (ensemble.miniXception() == null) {
        throw new IllegalStateException("face.compare needs the mini-Xception file");
      }
      configurations.put("ensemble", ensemble);
    } else {
      configurations.put("default", FaceModels.load(FaceModels.defaultDirectory()));
    }
    Map<String, FaceEmotionService> services = new LinkedHashMap<>();
    for (Map.Entry<String, FaceModels> c : configurations.entrySet()) {
      FaceEmotionService service = FaceEmotionService.of(c.getValue(), FaceEmotionOptions.DEFAULTS);
      services.put(c.getKey(), service);
      int faces = 0;
      for (byte[] photo : photos) {
        faces += service.analyze("photo", photo, FaceConsent.GRANTED).faces().size();
      }
      System.out.printf(
          Locale.ROOT,
          "%s: %s, model %s, %d faces in the warm-up pass%n",
          dir,
          c.getKey(),
          c.getValue().id(),
          faces);
    }
    for (int r = 0; r < rounds; r++) {
      Map<String, Double> cpuPerImage = new LinkedHashMap<>();
      for (Map.Entry<String, FaceEmotionService> s : services.entrySet()) {
        long wall = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        for (byte[] photo : photos) {
          s.getValue().analyze("photo", photo, FaceConsent.GRANTED);
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / photos.size();
        cpuPerImage.put(s.getKey(), cpuMs);
        System.out.printf(
            Locale.ROOT,
            "round %d, %s: %d images, %.2f images/s wall, %.1f CPU ms per image%n",
            r + 1,
            s.getKey(),
            photos.size(),
            photos.size() / seconds,
            cpuMs);
      }
      if (cpuPerImage.size() == 2) {
        System.out.printf(
            Locale.ROOT,
            "round %d: ensemble images/s as a share of the single network's (CPU): %.2f%n",
            r + 1,
            cpuPerImage.get("single") / cpuPerImage.get("ensemble"));
      }
    }
    for (FaceEmotionService s : services.values()) {
      s.close();
    }
  }
}
