package dev.affectrec.store.imports;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the rows of one pass over the input and, when it has a store, writes them in batches of
 * {@link ImportOptions#batchSize()}: items and users as they come, events one transaction per
 * batch. Without a store it only counts (the validation pass of a strict import). Not thread-safe.
 */
final class ImportRun implements RowSink {
  private final EventStore store;
  private final ImportOptions options;
  private final List<Event> events;
  private final List<Item> items = new ArrayList<>();
  private final List<User> users = new ArrayList<>();
  private final List<RowError> errors = new ArrayList<>();
  private long read;
  private long imported;
  private long duplicates;
  private long rejected;

  private ImportRun(EventStore store, ImportOptions options) {
    this.store = store;
    this.options = options;
    this.events = new ArrayList<>(store == null ? 0 : options.batchSize());
  }

  /** A run that stores what it receives. */
  static ImportRun storing(EventStore store, ImportOptions options) {
    return new ImportRun(store, options);
  }

  /** A run that only counts and collects errors. */
  static ImportRun validating(ImportOptions options) {
    return new ImportRun(null, options);
  }

  @Override
  public void event(Event event) {
    read++;
    if (store != null) {
      events.add(event);
      if (events.size() >= options.batchSize()) {
        flushEvents();
      }
    }
  }

  @Override
  public void reject(String file, long line, String message) {
    read++;
    rejected++;
    if (errors.size() < options.maxReportedErrors()) {
      errors.add(new RowError(file, line, message));
    }
  }

  @Override
  public void item(Item item) {
    if (store != null) {
      items.add(item);
      if (items.size() >= options.batchSize()) {
        store.putItems(List.copyOf(items));
        items.clear();
      }
    }
  }

  @Override
  public void user(User user) {
    if (store != null) {
      users.add(user);
      if (users.size() >= options.batchSize()) {
        store.putUsers(List.copyOf(users));
        users.clear();
      }
    }
  }

  /** Writes what is still buffered. */
  void flush() {
    if (store == null) {
      return;
    }
    if (!items.isEmpty()) {
      store.putItems(List.copyOf(items));
      items.clear();
    }
    if (!users.isEmpty()) {
      store.putUsers(List.copyOf(users));
      users.clear();
    }
    flushEvents();
  }

  long rejected() {
    return rejected;
  }

  long read() {
    return read;
  }

  /** The report of this pass; a validating pass reports nothing imported. */
  ImportReport report() {
    return new ImportReport(read, imported, duplicates, rejected, errors);
  }

  private void flushEvents() {
    if (!events.isEmpty()) {
      AppendResult result = store.append(events);
      imported += result.inserted();
      duplicates += result.duplicates();
      events.clear();
    }
  }
}
