package dev.affectrec.eval.job;

import dev.affectrec.api.InputException;
import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.report.JsonReport;
import dev.affectrec.eval.report.MarkdownReport;
import dev.affectrec.eval.report.MarkdownTable;
import dev.affectrec.eval.report.MetricChart;
import dev.affectrec.eval.report.UserOutcomesCsv;
import dev.affectrec.eval.split.Split;
import dev.affectrec.eval.split.SplitProtocol;
import dev.affectrec.eval.tune.HarnessObjective;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.tune.ModelSearch;
import dev.affectrec.recommend.tune.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code affectrec evaluate}: reads a dataset, splits it, trains and measures each algorithm,
 * prints a Markdown table (or JSON) and, given an output folder, writes there report.json,
 * report.md (parameters, results, metric definitions, charts), a chart per metric family with 95%
 * intervals ({@link MetricChart}), and the per-user values and top lists behind the figures ({@link
 * UserOutcomesCsv}). Thread-safe (no shared state); the progress bar goes to the given error
 * stream.
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
    ModelSearch search = new ModelSearch(options.tuneBudget(), options.seed());
    HarnessObjective objective =
        new HarnessObjective(
            new EvaluationHarness(registry, context, options.k(), null),
            options.input().toString(),
            validation);
    if (report != null) {
      report.printf(
          "Tuned on a validation cut of each training part (budget %d trials per algorithm):%n",
          options.tuneBudget());
    }
    List<AlgorithmSpec> out = new ArrayList<>();
    for (AlgorithmSpec spec : specs) {
      SearchResult result = InputException.fromInput(() -> search.search(spec, objective));
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
    EvaluationHarness harness = new EvaluationHarness(registry, context, options.k(), err);
    EvaluationReport report;
    if (options.outDir() == null) {
      report =
          InputException.fromInput(
              () -> harness.run(options.input().toString(), protocolName, splits, measured));
    } else {
      Files.createDirectories(options.outDir());
      try (UserOutcomesCsv perUser = new UserOutcomesCsv(options.outDir())) {
        report =
            InputException.fromInput(
                () ->
                    harness.run(
                        options.input().toString(), protocolName, splits, measured, perUser));
      }
    }
    out.print(options.json() ? JsonReport.render(report) + "\n" : MarkdownTable.render(report));
    out.flush();
    if (options.outDir() != null) {
      writeReports(report, options);
    }
    return report;
  }

  private static void writeReports(EvaluationReport report, EvaluateOptions options)
      throws IOException {
    Path dir = options.outDir();
    Files.writeString(
        dir.resolve("report.json"), JsonReport.render(report), StandardCharsets.UTF_8);
    Map<String, String> charts = MetricChart.writeAll(report, dir);
    Files.writeString(
        dir.resolve("report.md"),
        MarkdownReport.render(report, parameters(options), charts),
        StandardCharsets.UTF_8);
  }

  /** The command's parameters as the report shows them. */
  private static Map<String, String> parameters(EvaluateOptions options) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("input", options.input().toString());
    out.put("format", options.format().cliName());
    out.put("protocol", options.protocol());
    if (options.protocol().equals("holdout") || options.protocol().equals("temporal")) {
      out.put("fraction", Double.toString(options.fraction()));
    }
    if (options.protocol().equals("temporal")) {
      out.put("last-n", Integer.toString(options.lastN()));
    }
    out.put("seed", Long.toString(options.seed()));
    out.put("validation", Boolean.toString(options.validation()));
    out.put("k", Integer.toString(options.k()));
    out.put("algorithms", options.algorithms());
    out.put(
        "tune", options.tuneBudget() == 0 ? "off" : options.tuneBudget() + " trials per algorithm");
    return out;
  }
}
