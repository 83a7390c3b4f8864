package dev.affectrec.cli;

import dev.affectrec.eval.data.DataFormat;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code --format movielens|amazon|tsv} for the evaluation commands. */
final class EvalFormatConverter implements ITypeConverter<DataFormat> {
  @Override
  public DataFormat convert(String value) {
    return DataFormat.parse(value);
  }
}
