package dev.affectrec.cli;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code affectrec emotion text [--json] TEXT...}: one reading per text. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description = "Reads the emotion of each TEXT (English or Chinese).")
final class EmotionTextCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per text.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Texts to read.")
  List<String> texts;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2)) {
      for (TextEmotionResult r : recognizer.readAll(texts)) {
        if (json) {
          out.println(r.toJson());
        } else {
          out.printf(
              Locale.ROOT,
              "%s  %-8s %.2f  polarity %-8s valence %+.2f  confidence %.2f%n",
              r.language().wireName(),
              r.reading().top().wireName(),
              r.reading().emotions().probability(r.reading().top()),
              r.reading().polarity().label().wireName(),
              r.reading().valence(),
              r.reading().confidence());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
