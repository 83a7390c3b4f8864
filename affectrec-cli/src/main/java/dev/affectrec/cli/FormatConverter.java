package dev.affectrec.cli;

import dev.affectrec.store.imports.ImportFormat;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --format} values such as {@code movielens}, listing the valid ones on error. */
final class FormatConverter implements ITypeConverter<ImportFormat> {
  @Override
  public ImportFormat convert(String value) {
    return ImportFormat.fromCliName(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown format '"
                        + value
                        + "'; expected one of "
                        + Arrays.stream(ImportFormat.values())
                            .map(ImportFormat::cliName)
                            .collect(Collectors.joining(", "))));
  }
}
