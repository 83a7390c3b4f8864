package dev.affectrec.eval.split;

import dev.affectrec.recommend.data.Interaction;
import java.util.List;

/**
 * Leave-one-out: each user's latest interaction (ties broken by input order) goes to test; users
 * with a single interaction stay in training only.
 */
public record LeaveOneOutProtocol() implements SplitProtocol {

  @Override
  public String name() {
    return "loo";
  }

  @Override
  public List<Split> split(List<Interaction> data) {
    Split s = new TemporalProtocol(1, 0.5).split(data).get(0);
    return List.of(new Split("loo", s.train(), s.test()));
  }
}
