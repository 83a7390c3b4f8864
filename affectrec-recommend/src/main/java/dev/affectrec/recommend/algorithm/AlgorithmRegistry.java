package dev.affectrec.recommend.algorithm;

import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves algorithm specs to trainers: the built-in algorithms plus every {@link
 * AlgorithmProvider} on the class path. Immutable and thread-safe.
 */
public final class AlgorithmRegistry {
  private final List<AlgorithmProvider> providers;

  private AlgorithmRegistry(List<AlgorithmProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  /** The built-ins and the providers found by {@link ServiceLoader}. */
  public static AlgorithmRegistry discover() {
    List<AlgorithmProvider> providers = new ArrayList<>();
    providers.add(new BuiltInAlgorithms());
    ServiceLoader.load(AlgorithmProvider.class).forEach(providers::add);
    return new AlgorithmRegistry(providers);
  }

  /** Every known name, sorted. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    providers.forEach(p -> names.addAll(p.names()));
    return names;
  }

  /**
   * A trainer for {@code spec}.
   *
   * @throws IllegalArgumentException for an unknown name (listing the known ones), an unknown
   *     parameter or a bad value
   */
  public Trainer<? extends ScoringModel> create(AlgorithmSpec spec, AlgorithmContext context) {
    for (AlgorithmProvider provider : providers) {
      if (provider.names().contains(spec.name())) {
        Params params = new Params(spec.name(), spec.parameters());
        Trainer<? extends ScoringModel> trainer = provider.create(spec.name(), params, context);
        params.requireAllUsed();
        return trainer;
      }
    }
    throw new IllegalArgumentException(
        "unknown algorithm '" + spec.name() + "'; known algorithms: " + String.join(", ", names()));
  }
}
