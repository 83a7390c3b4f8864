package dev.affectrec.cli;

import dev.affectrec.eval.data.DataFormat;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the evaluation commands ({@code evaluate}, {@code recommend-file},
 * {@code predict-file}), a picocli mixin: the format of every data file the command reads.
 */
final class DataFormatOption {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description =
          "movielens (folder or u.data), amazon (JSON Lines, .gz ok) or tsv"
              + " (user<TAB>item<TAB>rating[<TAB>time]); every input file.",
      converter = EvalFormatConverter.class)
  DataFormat format;
}
