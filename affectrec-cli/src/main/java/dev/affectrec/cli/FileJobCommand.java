package dev.affectrec.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the file jobs ({@code recommend-file}, {@code predict-file}) share: the data format, the
 * training file, the output file, and a run that reports on stderr how many lines it wrote (the
 * job's input errors reach {@link ExitCodes} as they are). Subclasses add their own options and run
 * their job.
 */
abstract class FileJobCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataFormatOption data;

  @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data.")
  Path train;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  /** Runs the job with the parsed options and returns how many lines it wrote. */
  abstract long runJob() throws Exception;

  /** What one written line is, in the plural, for the report (for example "predictions"). */
  abstract String linesName();

  @Override
  public final Integer call() throws Exception {
    long lines = runJob();
    spec.commandLine().getErr().println("wrote " + lines + " " + linesName() + " to " + out);
    return ExitCodes.OK;
  }
}
