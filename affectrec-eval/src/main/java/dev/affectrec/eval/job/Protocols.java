package dev.affectrec.eval.job;

import dev.affectrec.api.InputException;
import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.data.RatingsReader;
import dev.affectrec.eval.split.HoldoutProtocol;
import dev.affectrec.eval.split.LeaveOneOutProtocol;
import dev.affectrec.eval.split.MovieLensFoldsProtocol;
import dev.affectrec.eval.split.Split;
import dev.affectrec.eval.split.SplitProtocol;
import dev.affectrec.eval.split.TemporalProtocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds split protocols from options. */
final class Protocols {
  static final String KNOWN = "ml100k-5fold, holdout, temporal, loo";

  private Protocols() {}

  static SplitProtocol create(EvaluateOptions o) {
    try {
      return switch (o.protocol()) {
        case "holdout" -> new HoldoutProtocol(o.fraction(), o.seed());
        case "temporal" -> new TemporalProtocol(o.lastN(), o.fraction());
        case "loo" -> new LeaveOneOutProtocol(o.seed());
        case "ml100k-5fold" -> {
          if (o.format() != DataFormat.MOVIELENS) {
            throw new InputException("protocol ml100k-5fold needs --format movielens");
          }
          Path folder =
              Files.isDirectory(o.input())
                  ? o.input()
                  : RatingsReader.movieLensFile(o.input()).toAbsolutePath().getParent();
          yield new MovieLensFoldsProtocol(folder);
        }
        default ->
            throw new InputException(
                "unknown protocol '" + o.protocol() + "'; known protocols: " + KNOWN);
      };
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException("input not found: " + o.input(), e);
    }
  }

  /**
   * Validation cuts: each split's training part split again (holdout for the fixed MovieLens folds,
   * the same protocol otherwise, with seed + 1), so tuning never sees the test part.
   */
  static List<Split> validationCuts(List<Split> splits, SplitProtocol protocol, EvaluateOptions o) {
    SplitProtocol inner =
        protocol instanceof MovieLensFoldsProtocol || protocol instanceof HoldoutProtocol
            ? new HoldoutProtocol(o.fraction(), o.seed() + 1)
            : protocol instanceof LeaveOneOutProtocol
                ? new LeaveOneOutProtocol(o.seed() + 1)
                : protocol;
    List<Split> out = new ArrayList<>();
    for (Split s : splits) {
      Split cut = inner.split(s.train()).get(0);
      out.add(new Split(s.name() + "-validation", cut.train(), cut.test()));
    }
    return out;
  }
}
