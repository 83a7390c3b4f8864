package dev.affectrec.store.imports;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;

/**
 * Where a format's reader sends what it parsed. The reader only parses; the sink decides whether to
 * store (a real import) or only count (the validation pass of a strict import).
 */
interface RowSink {
  /** A good data row that became an event. */
  void event(Event event);

  /** A data row that was rejected; {@code line} is 1-based in {@code file}. */
  void reject(String file, long line, String message);

  /** An item described by the input (MovieLens {@code u.item}). */
  void item(Item item);

  /** A user described by the input (MovieLens {@code u.user}). */
  void user(User user);
}
