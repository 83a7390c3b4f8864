package dev.affectrec.eval.job;

import dev.affectrec.api.InputException;
import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.report.JsonReport;
import dev.affectrec.eval.report.MarkdownTable;
import dev.affectrec.eval.report.NdcgChart;
import dev.affectrec.eval.split.Split;
import dev.affectrec.eval.split.SplitProtocol;
import dev.affectrec.eval.tune.ModelSearch;
import dev.affectrec.eval.tune.SearchResult;
import dev.affectrec.eval.tune.SearchSpace;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
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
   * The specs as written, each followed by its tuned variant when the search chose another; the
   * choices are printed to {@code report}.
   */
  private List<AlgorithmSpec> tuned(
      EvaluateOptions options,
      List<AlgorithmSpec> specs,
      List<Split> validation,
      AlgorithmContext context,
      PrintStream report) {
    if (options.validation()) {
      throw new InputException(
          "--tune already tunes on a validation cut of the training data; drop --validation");
    }
    ModelSearch search =
        new ModelSearch(
            new EvaluationHarness(registry, context, options.k(), null),
            options.tuneBudget(),
            options.seed());
    if (report != null) {
      report.printf(
          "Tuned on a validation cut of each training part (budget %d trials per algorithm):%n",
          options.tuneBudget());
    }
    List<AlgorithmSpec> out = new ArrayList<>();
    for (AlgorithmSpec spec : specs) {
      SearchResult result =
          InputException.fromInput(
              () ->
                  search.search(
                      options.input().toString(),
                      validation,
                      spec,
                      SearchSpace.builtIn(spec.name())));
      if (report != null) {
        report.println("- " + result.describe());
      }
      out.add(spec);
      if (!result.chosen().label().equals(spec.label())) {
        out.add(result.chosen());
      }
    }
    if (report != null) {
      report.println();
    }
    return out;
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
    List<AlgorithmSpec> measured =
        options.tuneBudget() == 0
            ? specs
            : tuned(
                options,
                specs,
                Protocols.validationCuts(folds, protocol, options),
                context,
                options.json() ? err : out);
    EvaluationReport report =
        InputException.fromInput(
            () ->
                new EvaluationHarness(registry, context, options.k(), err)
                    .run(options.input().toString(), protocolName, splits, measured));
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
