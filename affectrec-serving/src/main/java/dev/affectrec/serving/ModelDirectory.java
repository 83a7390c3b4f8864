package dev.affectrec.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The served models of one data directory, each in its own version directory ({@code
 * v<millis>/model.bin}, {@code model.bin.base}, {@code manifest.json}), and a {@code CURRENT} file
 * naming the version in service. A new version is written completely before {@code CURRENT} is
 * replaced by an atomic rename, so a reader never sees half a model; the two newest versions are
 * kept. Thread-safe for one writer process.
 */
public final class ModelDirectory {
  private static final String CURRENT = "CURRENT";
  private static final String MODEL = "model.bin";
  private static final String MANIFEST = "manifest.json";
  private static final int KEEP = 2;

  private final Path root;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param root the directory, created when missing; never null
   */
  public ModelDirectory(Path root) {
    this.root = Objects.requireNonNull(root, "root is required");
  }

  /** The directory. */
  public Path root() {
    return root;
  }

  /** A loaded model and its manifest. */
  public record Loaded(HybridEmotionModel model, ModelManifest manifest) {}

  /**
   * Saves {@code model} as the version named in {@code manifest} and makes it current.
   *
   * @throws IOException if writing fails; the previous current version stays current
   */
  public synchronized void save(HybridEmotionModel model, ModelManifest manifest)
      throws IOException {
    Path dir = root.resolve(manifest.version());
    Files.createDirectories(dir);
    model.save(dir.resolve(MODEL));
    json.writerWithDefaultPrettyPrinter()
        .writeValue(dir.resolve(MANIFEST).toFile(), manifest.toMap());
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, manifest.version());
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    prune(manifest.version());
  }

  /**
   * Deletes every saved version and the {@code CURRENT} pointer, so the next start trains afresh:
   * used when an erased user may be in them. A failure to delete is reported, never ignored.
   *
   * @throws IOException if a file cannot be deleted
   */
  public synchronized void deleteAll() throws IOException {
    Files.deleteIfExists(root.resolve(CURRENT));
    Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
    if (Files.isDirectory(root)) {
      for (Path version : versions()) {
        delete(version);
      }
    }
  }

  /**
   * Deletes the saved version {@code version} if it is there, and points {@code CURRENT} nowhere
   * when it named that version.
   */
  public synchronized void delete(String version) throws IOException {
    Path current = root.resolve(CURRENT);
    if (Files.exists(current) && Files.readString(current).trim().equals(version)) {
      Files.delete(current);
    }
    Path dir = root.resolve(version);
    if (Files.isDirectory(dir)) {
      delete(dir);
    }
  }

  /** Deletes every saved version but {@code keep} (which stays current). */
  public synchronized void deleteAllBut(String keep) throws IOException {
    if (Files.isDirectory(root)) {
      for (Path version : versions()) {
        if (!version.getFileName().toString().equals(keep)) {
          delete(version);
        }
      }
    }
  }

  /**
   * Deletes the versions a crash left unfinished: every version directory newer than the one {@code
   * CURRENT} names (all of them when there is no {@code CURRENT}), since {@link #save} moves {@code
   * CURRENT} last. Such a directory is never served, may be partly written, and may hold a user
   * erased while it was being trained. Call only while no other process can be saving here (the
   * store's training lock).
   *
   * @return the versions deleted, oldest first
   */
  public synchronized List<String> deleteUnfinished() throws IOException {
    List<String> deleted = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return deleted;
    }
    Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
    Optional<String> current = currentVersion();
    long served = current.map(v -> v.matches("v\\d+") ? number(Path.of(v)) : -1L).orElse(-1L);
    List<Path> versions = versions();
    versions.sort(Comparator.comparingLong(ModelDirectory::number));
    for (Path version : versions) {
      if (number(version) > served) {
        delete(version);
        deleted.add(version.getFileName().toString());
      }
    }
    return deleted;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** The version {@code CURRENT} names, or empty when there is none (never saved, or deleted). */
  public synchronized Optional<String> currentVersion() throws IOException {
    try {
      return Optional.of(Files.readString(root.resolve(CURRENT)).trim());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Loads the current version.
   *
   * @return empty when no model was ever saved here
   * @throws IOException if the current version is unreadable (corrupt, or from an incompatible
   *     version); the message names the file
   */
  public synchronized Optional<Loaded> load() throws IOException {
    String version;
    try {
      version = Files.readString(root.resolve(CURRENT)).trim();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    Path dir = root.resolve(version);
    Path manifestFile = dir.resolve(MANIFEST);
    ModelManifest manifest;
    try {
      manifest = fromJson(json.readTree(manifestFile.toFile()));
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "cannot read model manifest " + manifestFile + ": " + e.getMessage(), e);
    }
    return Optional.of(new Loaded(HybridEmotionModel.load(dir.resolve(MODEL)), manifest));
  }

  /** The version name for a model trained at {@code now} (before {@link #nextVersion}). */
  public static String versionAt(Instant now) {
    return "v" + now.toEpochMilli();
  }

  /**
   * A version name for a model trained at {@code now} that is later than every version saved here
   * (so a clock that stands still or steps back never overwrites a model).
   */
  public synchronized String nextVersion(Instant now) throws IOException {
    long next = now.toEpochMilli();
    if (Files.isDirectory(root)) {
      for (Path p : versions()) {
        next = Math.max(next, number(p) + 1);
      }
    }
    return "v" + next;
  }

  private static long number(Path version) {
    return Long.parseLong(version.getFileName().toString().substring(1));
  }

  private List<Path> versions() throws IOException {
    List<Path> versions = new ArrayList<>();
    try (Stream<Path> list = Files.list(root)) {
      list.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("v\\d+"))
          .forEach(versions::add);
    }
    return versions;
  }

  private void prune(String current) throws IOException {
    List<Path> versions = versions();
    versions.sort(Comparator.comparingLong(ModelDirectory::number).reversed());
    for (int i = KEEP; i < versions.size(); i++) {
      Path old = versions.get(i);
      if (!old.getFileName().toString().equals(current)) {
        delete(old);
      }
    }
  }

  private static ModelManifest fromJson(JsonNode n) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    n.path("metrics").properties().forEach(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
    Map<String, String> engineDetails = new LinkedHashMap<>();
    n.path("engineDetails")
        .properties()
        .forEach(e -> engineDetails.put(e.getKey(), e.getValue().asText()));
    return new ModelManifest(
        required(n, "version").asText(),
        Instant.parse(required(n, "trainedAt").asText()),
        required(n, "events").asLong(),
        n.path("skippedEvents").asLong(0),
        required(n, "users").asInt(),
        required(n, "items").asInt(),
        required(n, "interactions").asInt(),
        n.path("reviewReadings").asInt(0),
        required(n, "trainMillis").asLong(),
        required(n, "base").asText(),
        metrics,
        n.path("served").asText("blend"),
        n.path("engine").asText(ModelManifest.SINGLE_NODE),
        engineDetails);
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return v;
  }
}
