package dev.affectrec.emotion.text;

import java.util.Locale;

/** The languages the text recognizer reads, plus the marker for everything else. */
public enum TextLanguage {
  /** English, read with bge-small-en. */
  EN,
  /** Chinese, read with bge-small-zh. */
  ZH,
  /** Any other language, binary data or text without content: a reading with confidence 0. */
  UNSUPPORTED;

  /** Lower-case wire name: {@code en}, {@code zh} or {@code unsupported}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
