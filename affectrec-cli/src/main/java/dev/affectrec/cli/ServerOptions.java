package dev.affectrec.cli;

import dev.affectrec.analytics.alert.AlertWebhook;
import dev.affectrec.api.InputException;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorKind;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --host}, {@code --port}, the face detector and the alert webhook for commands that start
 * the server.
 */
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

  @Option(
      names = "--alert-webhook",
      paramLabel = "URL",
      defaultValue = "${env:AFFECTREC_ALERT_WEBHOOK}",
      description =
          "POST new alerts ({\"alerts\":[...]}, as GET /v1/analytics/alerts) to this http(s) URL,"
              + " each alert once, checked every --alert-check-minutes (default: the environment"
              + " variable AFFECTREC_ALERT_WEBHOOK, else none).")
  String alertWebhook;

  @Option(
      names = "--alert-check-minutes",
      paramLabel = "N",
      defaultValue = "5",
      description = "Minutes between the alert webhook's checks (default: ${DEFAULT-VALUE}).")
  int alertCheckMinutes;

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
    String hook = alertWebhook == null || alertWebhook.isBlank() ? null : alertWebhook.trim();
    if (hook != null) {
      new AlertWebhook(hook); // an InputException naming the URL when it is not http(s)
    }
    if (alertCheckMinutes < 1 || alertCheckMinutes > 24 * 60) {
      throw new InputException(
          "--alert-check-minutes must be in [1, 1440] but was " + alertCheckMinutes);
    }
    return new ServerConfig(
            host, port, ServerConfig.DEFAULT_MAX_BODY_BYTES, ServerConfig.DEFAULT_MAX_BATCH_EVENTS)
        .withFaceDetector(detector)
        .withAlertWebhook(hook, java.time.Duration.ofMinutes(alertCheckMinutes));
  }
}
