package dev.affectrec.eval.split;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.data.DataFormatException;
import dev.affectrec.eval.data.RatingsReader;
import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed MovieLens 100K five folds: {@code u1.base/u1.test} to {@code u5.base/u5.test} from the
 * dataset folder. The data passed to {@link #split} is ignored; the fold files are the split.
 *
 * @param folder the MovieLens 100K folder
 */
public record MovieLensFoldsProtocol(Path folder) implements SplitProtocol {

  @Override
  public String name() {
    return "ml100k-5fold";
  }

  @Override
  public List<Split> split(List<Interaction> data) {
    List<Split> folds = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      Path base = folder.resolve("u" + k + ".base");
      Path test = folder.resolve("u" + k + ".test");
      if (!Files.isRegularFile(base) || !Files.isRegularFile(test)) {
        throw new DataFormatException(
            "protocol ml100k-5fold needs u1.base..u5.test in " + folder + "; missing " + base);
      }
      try {
        folds.add(
            new Split(
                "u" + k,
                RatingsReader.read(DataFormat.TSV, base),
                RatingsReader.read(DataFormat.TSV, test)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return folds;
  }
}
