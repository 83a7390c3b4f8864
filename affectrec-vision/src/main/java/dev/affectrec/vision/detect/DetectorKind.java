package dev.affectrec.vision.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which face detector runs: the built-in TF.js BlazeFace, or an ONNX model the user supplies. */
public enum DetectorKind {
  /** BlazeFace ("back", 256×256) from the verified {@code @vladmandic/human} files; the default. */
  BLAZEFACE(false),
  /** UltraFace RFB-320 or RFB-640 ({@code version-RFB-*.onnx}) through ONNX Runtime. */
  ULTRAFACE(true),
  /** YuNet ({@code yunet_*_320_320.onnx} or 640) through ONNX Runtime. */
  YUNET(true);

  private final boolean needsModelFile;

  DetectorKind(boolean needsModelFile) {
    this.needsModelFile = needsModelFile;
  }

  /** True when the user must name an ONNX model file. */
  public boolean needsModelFile() {
    return needsModelFile;
  }

  /** Lower-case name as written in options and on the command line, for example {@code yunet}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code blazeface}, {@code ultraface} or {@code yunet} (any case).
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static DetectorKind parse(String value) {
    for (DetectorKind kind : values()) {
      if (kind.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "detector: unknown value '"
            + value
            + "'; expected one of "
            + Arrays.stream(values()).map(DetectorKind::id).collect(Collectors.joining(", ")));
  }
}
