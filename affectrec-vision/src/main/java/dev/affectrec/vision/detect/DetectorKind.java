package dev.affectrec.vision.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which face detector runs: the built-in TF.js BlazeFace, or an ONNX model the user supplies. */
public enum DetectorKind {
  /** BlazeFace ("back", 256×256) from the verified {@code @vladmandic/human} files; the default. */
  BLAZEFACE(false, 1.0),
  /** UltraFace RFB-320 or RFB-640 ({@code version-RFB-*.onnx}) through ONNX Runtime. */
  ULTRAFACE(true, 1 / 1.3),
  /** YuNet ({@code yunet_*_320_320.onnx} or 640) through ONNX Runtime. */
  YUNET(true, 1 / 1.3);

  private final boolean needsModelFile;
  private final double boxToBlazeFace;

  DetectorKind(boolean needsModelFile, double boxToBlazeFace) {
    this.needsModelFile = needsModelFile;
    this.boxToBlazeFace = boxToBlazeFace;
  }

  /**
   * The side of a BlazeFace box (eyebrows to mouth) as a share of this detector's box, so that one
   * expression crop scale fits every detector: the ONNX detectors' WIDER FACE boxes run from the
   * hairline to the chin (docs/EVALUATION.md, "Face detectors"), and a crop of 1.0 times their box
   * reads like 1.3 times BlazeFace's.
   */
  public double boxToBlazeFace() {
    return boxToBlazeFace;
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
