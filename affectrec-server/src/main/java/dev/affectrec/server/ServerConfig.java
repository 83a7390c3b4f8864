package dev.affectrec.server;

import dev.affectrec.api.Arguments;

/**
 * How the server listens and what it accepts.
 *
 * @param host interface to bind, non-blank (for example {@code 127.0.0.1} or {@code 0.0.0.0})
 * @param port TCP port in [0, 65535]; 0 picks a free port
 * @param maxBodyBytes largest request body accepted, at least 1 KiB; larger bodies get 413
 * @param faceDetector the face detector of {@code POST /v1/emotion/face}, never null (BlazeFace by
 *     default, or an ONNX UltraFace or YuNet model file)
 * @param maxBatchEvents most events accepted in one {@code POST /v1/events}, at least 1; more get
 *     413
 * @param alertWebhook an http(s) URL to which new alerts are POSTed by a periodic check
 *     (AlertNotifier), or null for none
 * @param alertCheckEvery how often that check runs, positive (default 5 minutes)
 */
public record ServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    int maxBatchEvents,
    dev.affectrec.vision.detect.DetectorChoice faceDetector,
    String alertWebhook,
    java.time.Duration alertCheckEvery) {

  /** Default period of the alert webhook's check: 5 minutes. */
  public static final java.time.Duration DEFAULT_ALERT_CHECK_EVERY =
      java.time.Duration.ofMinutes(5);

  /** Default body limit: 16 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

  /** Default batch limit: 10,000 events. */
  public static final int DEFAULT_MAX_BATCH_EVENTS = 10_000;

  /** Validates the fields. */
  public ServerConfig {
    Arguments.requireNonBlank(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in [0, 65535] but was " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be at least 1024 but was " + maxBodyBytes);
    }
    Arguments.requireAtLeast(maxBatchEvents, 1, "maxBatchEvents");
    java.util.Objects.requireNonNull(faceDetector, "faceDetector is required");
    java.util.Objects.requireNonNull(alertCheckEvery, "alertCheckEvery is required");
    if (alertCheckEvery.isNegative() || alertCheckEvery.isZero()) {
      throw new IllegalArgumentException(
          "alertCheckEvery must be positive but was " + alertCheckEvery);
    }
  }

  /** A configuration with this face detector and no alert webhook. */
  public ServerConfig(
      String host,
      int port,
      long maxBodyBytes,
      int maxBatchEvents,
      dev.affectrec.vision.detect.DetectorChoice faceDetector) {
    this(host, port, maxBodyBytes, maxBatchEvents, faceDetector, null, DEFAULT_ALERT_CHECK_EVERY);
  }

  /** A configuration with the BlazeFace detector. */
  public ServerConfig(String host, int port, long maxBodyBytes, int maxBatchEvents) {
    this(
        host,
        port,
        maxBodyBytes,
        maxBatchEvents,
        dev.affectrec.vision.detect.DetectorChoice.BLAZEFACE);
  }

  /** This configuration with another face detector. */
  public ServerConfig withFaceDetector(dev.affectrec.vision.detect.DetectorChoice detector) {
    return new ServerConfig(
        host, port, maxBodyBytes, maxBatchEvents, detector, alertWebhook, alertCheckEvery);
  }

  /** This configuration posting new alerts to {@code url} (null for none) every {@code every}. */
  public ServerConfig withAlertWebhook(String url, java.time.Duration every) {
    return new ServerConfig(host, port, maxBodyBytes, maxBatchEvents, faceDetector, url, every);
  }

  /** Loopback on {@code port} with default limits. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_EVENTS);
  }
}
