package dev.affectrec.api.emotion;

import java.util.Locale;

/** Where an emotion reading came from. {@link #FUSED} marks the output of fusion. */
public enum Modality {
  TEXT,
  BEHAVIOUR,
  FACE,
  FUSED;

  /** Lower-case wire name. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
