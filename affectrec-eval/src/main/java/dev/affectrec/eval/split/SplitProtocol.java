package dev.affectrec.eval.split;

import dev.affectrec.recommend.data.Interaction;
import java.util.List;

/** Turns a dataset into one or more train/test splits. Implementations are immutable. */
public interface SplitProtocol {

  /** The protocol's command-line name. */
  String name();

  /**
   * The splits of {@code data}.
   *
   * @param data every interaction, never null
   */
  List<Split> split(List<Interaction> data);
}
