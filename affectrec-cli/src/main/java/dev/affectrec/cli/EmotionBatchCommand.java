package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.job.BatchReadJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code affectrec emotion batch [--input FILE] [--output FILE]}: UTF-8 lines to JSON lines. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Reads UTF-8 lines (stdin by default) and writes one JSON reading per line, in order.",
      "An empty line gets a neutral reading with confidence 0; invalid UTF-8 stops with exit code 2."
    })
final class EmotionBatchCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "FILE", description = "Input file (default: stdin).")
  Path input;

  @Option(names = "--output", paramLabel = "FILE", description = "Output file (default: stdout).")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (input != null && !Files.isRegularFile(input)) {
      throw new NoSuchFileException(input + " (no such file)");
    }
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2);
        InputStream in = input == null ? System.in : Files.newInputStream(input)) {
      OutputStream out = output == null ? System.out : Files.newOutputStream(output);
      try {
        new BatchReadJob(recognizer).run(in, out);
      } catch (IllegalArgumentException e) {
        // The job's contract: a line of the input that is not valid UTF-8.
        throw new InputException(e.getMessage(), e);
      } finally {
        if (output != null) {
          out.close();
        } else {
          out.flush();
        }
      }
    }
    return ExitCodes.OK;
  }
}
