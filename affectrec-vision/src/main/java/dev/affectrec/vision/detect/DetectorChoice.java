package dev.affectrec.vision.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The detector to build and, for the ONNX ones, its model file. Validated at construction: an ONNX
 * detector needs an existing, readable regular file; BlazeFace takes none (its files are the
 * verified face models). Whether the file really is a model of that kind is checked when it is
 * loaded ({@link DetectorModelException}).
 *
 * @param kind which detector
 * @param modelFile the ONNX file for {@link DetectorKind#ULTRAFACE} and {@link DetectorKind#YUNET};
 *     null for {@link DetectorKind#BLAZEFACE}
 */
public record DetectorChoice(DetectorKind kind, Path modelFile) {

  /** The default: BlazeFace. */
  public static final DetectorChoice BLAZEFACE = new DetectorChoice(DetectorKind.BLAZEFACE, null);

  /**
   * Validates.
   *
   * @throws IllegalArgumentException for a missing, unreadable or superfluous model file
   */
  public DetectorChoice {
    Objects.requireNonNull(kind, "kind");
    if (!kind.needsModelFile()) {
      if (modelFile != null) {
        throw new IllegalArgumentException(
            "detector " + kind.id() + " takes no model file, got " + modelFile);
      }
    } else {
      if (modelFile == null) {
        throw new IllegalArgumentException(
            "detector " + kind.id() + " needs an ONNX model file (none given)");
      }
      if (!Files.isRegularFile(modelFile)) {
        throw new IllegalArgumentException(
            "detector " + kind.id() + ": model file not found: " + modelFile);
      }
      if (!Files.isReadable(modelFile)) {
        throw new IllegalArgumentException(
            "detector " + kind.id() + ": model file not readable: " + modelFile);
      }
    }
  }

  /**
   * From command-line or configuration strings.
   *
   * @param kind {@code blazeface}, {@code ultraface} or {@code yunet}
   * @param modelFile path of the ONNX file, or null/blank for BlazeFace
   */
  public static DetectorChoice of(String kind, String modelFile) {
    return new DetectorChoice(
        DetectorKind.parse(kind),
        modelFile == null || modelFile.isBlank() ? null : Path.of(modelFile));
  }
}
