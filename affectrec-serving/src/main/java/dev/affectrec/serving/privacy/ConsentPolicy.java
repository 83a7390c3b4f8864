package dev.affectrec.serving.privacy;

import dev.affectrec.api.emotion.Modality;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.Consent;
import java.util.EnumMap;
import java.util.Map;

/**
 * Whether a user's data of one modality may be processed. A recorded decision wins; without one,
 * text and behaviour are processed (the platform's own interaction data) and face images are not:
 * face processing needs an explicit grant. Text consent covers reading review and search texts for
 * emotion; behaviour consent covers learning from the user's interactions (training, live fold-in,
 * popularity, the bandit; see {@code StoreTrainingData.read} and {@code RecommendationService});
 * face consent covers analysing and storing face images. Events are stored whatever the decisions.
 * Thread-safe.
 */
public final class ConsentPolicy {
  private final AccessStore store;

  /** A policy over the decisions in {@code store}. */
  public ConsentPolicy(AccessStore store) {
    this.store = store;
  }

  /** The default for a modality without a recorded decision. */
  public static boolean defaultFor(Modality modality) {
    return modality != Modality.FACE;
  }

  /** Whether {@code modality} may be processed for the stored user id {@code user}. */
  public boolean allows(String user, Modality modality) {
    for (Consent consent : store.consentsOf(user)) {
      if (consent.modality() == modality) {
        return consent.granted();
      }
    }
    return defaultFor(modality);
  }

  /** The effective decision for each of text, behaviour and face. */
  public Map<Modality, Boolean> effective(String user) {
    Map<Modality, Boolean> out = new EnumMap<>(Modality.class);
    for (Modality modality : new Modality[] {Modality.TEXT, Modality.BEHAVIOUR, Modality.FACE}) {
      out.put(modality, defaultFor(modality));
    }
    for (Consent consent : store.consentsOf(user)) {
      out.put(consent.modality(), consent.granted());
    }
    return out;
  }
}
