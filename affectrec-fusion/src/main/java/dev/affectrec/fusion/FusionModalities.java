package dev.affectrec.fusion;

import dev.affectrec.api.emotion.Modality;
import java.util.List;

/** The modalities fusion takes as input, in a fixed order. */
final class FusionModalities {
  /** TEXT, BEHAVIOUR, FACE: every modality except FUSED, in declaration order. */
  static final List<Modality> INPUTS = List.of(Modality.TEXT, Modality.BEHAVIOUR, Modality.FACE);

  private FusionModalities() {}

  /** Index of {@code modality} in {@link #INPUTS}. */
  static int index(Modality modality) {
    return switch (modality) {
      case TEXT -> 0;
      case BEHAVIOUR -> 1;
      case FACE -> 2;
      case FUSED ->
          throw new IllegalArgumentException(
              "a fused reading cannot be fused again; pass single-modality readings");
    };
  }
}
