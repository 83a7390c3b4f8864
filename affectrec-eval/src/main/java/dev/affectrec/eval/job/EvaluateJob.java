package dev.affectrec.eval.job;

import dev.affectrec.api.InputException;
import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.report.JsonReport;
import dev.affectrec.eval.report.MarkdownTable;
import dev.affectrec.eval.report.NdcgChart;
import dev.affectrec.eval.split.Split;
import dev.affectrec.eval.split.SplitProtocol;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code affectrec evaluate}: reads a dataset, splits it, trains and measures each algorithm,
 * prints a Markdown table (or JSON) and optionally writes report.json, report.md, ndcg.png and
 * happy-ndcg.png. Thread-safe (no shared state); the progress bar goes to the given error stream.
 */
public final class EvaluateJob {
  private final AlgorithmRegistry registry;

  /** A job over the algorithms found on the class path. */
  public EvaluateJob() {
    this(AlgorithmRegistry.discover());
  }

  /** A job over {@code registry}. */
  public EvaluateJob(AlgorithmRegistry registry) {
    this.registry = registry;
  }

  /**
   * Runs the evaluation.
   *
   * @param out receives the table or JSON
   * @param err receives the progress bar, or null for none
   * @throws InputException for bad input or options
   * @throws IOException if a report file cannot be written
   */
  public EvaluationReport run(EvaluateOptions options, PrintStream out, PrintStream err)
      throws IOException {
    JobInputs.requirePositiveK(options.k());
    List<AlgorithmSpec> specs = JobInputs.specs(options.algorithms());
    for (AlgorithmSpec spec : specs) {
      JobInputs.trainer(registry, spec, AlgorithmContext.plain());
    }
    SplitProtocol protocol = Protocols.create(options);
    List<Interaction> data =
        options.protocol().equals("ml100k-5fold")
            ? List.of()
            : JobInputs.read(options.format(), options.input(), "input");
    AlgorithmContext context = JobInputs.context(options.format(), options.input(), data);
    List<Split> folds = protocol.split(data);
    List<Split> splits =
        options.validation() ? Protocols.validationCuts(folds, protocol, options) : folds;
    String protocolName = (options.validation() ? "validation:" : "") + protocol.name();
    EvaluationReport report =
        InputException.fromInput(
            () ->
                new EvaluationHarness(registry, context, options.k(), err)
                    .run(options.input().toString(), protocolName, splits, specs));
    out.print(options.json() ? JsonReport.render(report) + "\n" : MarkdownTable.render(report));
    out.flush();
    if (options.outDir() != null) {
      Files.createDirectories(options.outDir());
      Files.writeString(
          options.outDir().resolve("report.json"),
          JsonReport.render(report),
          StandardCharsets.UTF_8);
      Files.writeString(
          options.outDir().resolve("report.md"),
          MarkdownTable.render(report),
          StandardCharsets.UTF_8);
      NdcgChart.write(report, options.outDir().resolve("ndcg.png"));
      NdcgChart.writeHappy(report, options.outDir().resolve("happy-ndcg.png"));
    }
    return report;
  }
}
