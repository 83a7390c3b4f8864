package dev.affectrec.analytics.alert;

import java.util.Locale;

/** What an alert is about, from the narrowest to the widest. */
public enum AlertScope {
  ITEM,
  CATEGORY,
  PLATFORM;

  /** Lower-case wire name, for example {@code item}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
