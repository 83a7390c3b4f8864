package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorKind;
import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.face.FaceConsent;
import dev.affectrec.vision.face.FaceEmotionOptions;
import dev.affectrec.vision.face.FaceEmotionService;
import dev.affectrec.vision.face.FaceReading;
import dev.affectrec.vision.face.ImageFaces;
import dev.affectrec.vision.image.ImageDecodeException;
import dev.affectrec.vision.model.FaceModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec emotion face [--json] [--detector KIND --detector-model FILE] IMAGE...}: faces
 * and their expression per image, found by BlazeFace or by an ONNX detector (UltraFace, YuNet).
 * Running the command on one's own files is the consent; nothing is stored, and images stay in
 * memory. Every readable image is processed; if any image cannot be read the command prints one
 * line per such image on stderr and exits with 2.
 */
@Command(
    name = "face",
    mixinStandardHelpOptions = true,
    description = "Detects faces in JPEG, PNG or WebP images and prints each face's expression.")
final class EmotionFaceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description =
          "One JSON object per image and line: {\"image\":...,\"faces\":[{\"box\":[x,y,w,h],"
              + "\"score\":s,\"emotions\":{...},\"top\":\"joy\"}],\"model\":...}.")
  boolean json;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description =
          "Folder with blazeface.json/.bin and emotion.json/.bin (default: the build's cache).")
  Path models;

  @Option(
      names = "--min-score",
      defaultValue = "0.5",
      description = "Smallest face probability kept (default: ${DEFAULT-VALUE}).")
  double minScore;

  @Option(
      names = "--detector",
      defaultValue = "blazeface",
      description =
          "Face detector: blazeface (built in), ultraface or yunet (ONNX, needs --detector-model)"
              + " (default: ${DEFAULT-VALUE}).")
  String detector;

  @Option(
      names = "--detector-model",
      paramLabel = "FILE",
      description =
          "ONNX model file for --detector ultraface (version-RFB-320/640.onnx) or yunet"
              + " (yunet_n_320_320.onnx ...).")
  Path detectorModel;

  @Option(
      names = "--expression-model",
      paramLabel = "FILE",
      description =
          "The FER2013 mini-Xception Keras file (fer2013_mini_XCEPTION.102-0.66.hdf5) to read"
              + " expressions with together with the built-in net (default: the file named by"
              + " -Daffectrec.face.xception.file or AFFECTREC_FACE_XCEPTION_FILE, else the one in"
              + " the --models folder or ../shared/models/fer-mini-xception-keras; 'none' in the"
              + " property or variable reads with the built-in net alone).")
  Path expressionModel;

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "JPEG, PNG or WebP files.")
  List<Path> images;

  @Override
  public Integer call() {
    FaceEmotionOptions options =
        InputException.fromInput(
            () ->
                new FaceEmotionOptions(
                    new DetectorOptions(
                        minScore,
                        DetectorOptions.DEFAULTS.iouThreshold(),
                        DetectorOptions.DEFAULTS.maxFaces()),
                    FaceEmotionOptions.DEFAULTS.limits(),
                    FaceEmotionOptions.DEFAULT_CROP_SCALE,
                    new DetectorChoice(DetectorKind.parse(detector), detectorModel)));
    Path dir = models != null ? models : FaceModels.defaultDirectory();
    PrintWriter err = spec.commandLine().getErr();
    FaceModels loaded =
        expressionModel != null
            ? FaceModels.loadWithout(dir).withMiniXception(expressionModel)
            : FaceModels.load(dir, notice -> err.println("emotion face: " + notice));
    err.flush();
    try (FaceEmotionService service = FaceEmotionService.of(loaded, options)) {
      return analyze(service);
    }
  }

  private int analyze(FaceEmotionService service) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    for (Path image : images) {
      try {
        byte[] bytes = Files.readAllBytes(image);
        ImageFaces result = service.analyze(image.toString(), bytes, FaceConsent.GRANTED);
        out.println(json ? result.toJson() : text(result));
      } catch (IOException | ImageDecodeException e) {
        String reason = e instanceof IOException ? "cannot read file" : e.getMessage();
        err.println("emotion face: " + image + ": " + reason);
        exit = ExitCodes.USAGE;
      }
      out.flush();
    }
    err.flush();
    return exit;
  }

  private static String text(ImageFaces result) {
    StringBuilder s = new StringBuilder(result.image()).append(": ");
    s.append(result.faces().size()).append(result.faces().size() == 1 ? " face" : " faces");
    for (FaceReading face : result.faces()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%n  [%.0f, %.0f, %.0f, %.0f] score %.2f  %s %.2f",
              face.box().x(),
              face.box().y(),
              face.box().width(),
              face.box().height(),
              face.box().score(),
              face.top().wireName(),
              face.emotions().probability(face.top())));
      for (Emotion e : Emotion.values()) {
        if (e != face.top() && face.emotions().probability(e) >= 0.1) {
          s.append(
              String.format(
                  Locale.ROOT, ", %s %.2f", e.wireName(), face.emotions().probability(e)));
        }
      }
    }
    return s.toString();
  }
}
