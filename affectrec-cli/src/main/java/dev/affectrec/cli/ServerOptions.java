package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorKind;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --host} and {@code --port} for commands that start the server. */
final class ServerOptions {

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--face-detector",
      paramLabel = "KIND",
      defaultValue = "blazeface",
      description =
          "Face detector of POST /v1/emotion/face: blazeface (built in), ultraface or yunet (ONNX,"
              + " needs --face-detector-model; default: ${DEFAULT-VALUE}).")
  String faceDetector;

  @Option(
      names = "--face-detector-model",
      paramLabel = "FILE",
      description = "ONNX model file for --face-detector ultraface or yunet.")
  Path faceDetectorModel;

  /** The server configuration these options describe, with default limits. */
  ServerConfig config() {
    if (port < 0 || port > 65_535) {
      throw new InputException("--port must be in [0, 65535] but was " + port);
    }
    DetectorChoice detector;
    try {
      detector = new DetectorChoice(DetectorKind.parse(faceDetector), faceDetectorModel);
    } catch (IllegalArgumentException e) {
      throw new InputException("--face-detector: " + e.getMessage());
    }
    return new ServerConfig(
            host, port, ServerConfig.DEFAULT_MAX_BODY_BYTES, ServerConfig.DEFAULT_MAX_BATCH_EVENTS)
        .withFaceDetector(detector);
  }
}
