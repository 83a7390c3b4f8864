package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.emotion.text.HeadBundles;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.job.EvalJob;
import dev.affectrec.emotion.text.job.EvalOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code affectrec emotion eval --dataset NAME [--input FILE]}: scores one head. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores one head through the full pipeline: accuracy, macro-F1, per-class F1, confusion, ECE.",
      "NAME: sst2, goemotions, goemotions-ekman, carer, online-shopping, chnsenticorp, nlpcc."
    })
final class EmotionEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Head to score.")
  String dataset;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "TSV of text<TAB>label[,label] (default: the dataset's dev split in --data).")
  Path input;

  @Mixin SharedDataOption shared;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "2147483647",
      description = "Score at most N examples.")
  int limit;

  @Option(
      names = "--window",
      paramLabel = "TOKENS",
      defaultValue = "256",
      description =
          "Encoder window in tokens, 8-512; longer texts are read as several windows"
              + " (default: ${DEFAULT-VALUE}, the shipped setting).")
  int window;

  @Override
  public Integer call() throws IOException {
    if (input != null && !Files.isRegularFile(input)) {
      throw new NoSuchFileException(input + " (no such file)");
    }
    if (window < 8 || window > 512) {
      throw new InputException("--window must be in [8, 512] but was " + window);
    }
    EvalOptions options =
        InputException.fromInput(() -> new EvalOptions(dataset, input, shared.data, limit));
    try (TextEmotionRecognizer recognizer =
        TextEmotionRecognizer.load(
            HeadBundles.shipped("en"), HeadBundles.shipped("zh"), 2, window)) {
      long start = System.nanoTime();
      ClassificationReport report = new EvalJob(recognizer).run(options);
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.render());
      out.printf(
          "window %d tokens: %d texts in %.1f s (%.0f texts/s, encoder and heads)%n",
          window, report.examples(), seconds, report.examples() / seconds);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
