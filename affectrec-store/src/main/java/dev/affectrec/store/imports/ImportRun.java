package dev.affectrec.store.imports;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the rows of one pass over the input and, when it has a store, writes them in batches of
 * {@link ImportOptions#batchSize()}: items and users as they come, events one transaction per
 * batch, in input order on a background {@link BatchWriter} so parsing and committing overlap.
 * Without a store it only counts (the validation pass of a strict import). Used by one thread;
 * close it when done.
 */
final class ImportRun implements RowSink, AutoCloseable {
  private final EventSink store;
  private final ImportOptions options;
  private final BatchWriter writer;
  private List<Event> events;
  private final List<Item> items = new ArrayList<>();
  private final List<User> users = new ArrayList<>();
  private final List<RowError> errors = new ArrayList<>();
  private long read;
  private long imported;
  private long duplicates;
  private long rejected;

  private ImportRun(EventSink store, ImportOptions options) {
    this.store = store;
    this.options = options;
    this.events = new ArrayList<>(store == null ? 0 : options.batchSize());
    this.writer = store == null ? null : new BatchWriter(this::count);
  }

  /** A run that stores what it receives. */
  static ImportRun storing(EventSink store, ImportOptions options) {
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
        flushItems();
      }
    }
  }

  @Override
  public void user(User user) {
    if (store != null) {
      users.add(user);
      if (users.size() >= options.batchSize()) {
        flushUsers();
      }
    }
  }

  /** Writes what is still buffered and waits until every write is durable. */
  void flush() {
    if (store == null) {
      return;
    }
    flushItems();
    flushUsers();
    flushEvents();
    writer.finish();
  }

  /** Stops the background writer after the writes already queued. */
  @Override
  public void close() {
    if (writer != null) {
      writer.close();
    }
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
      List<Event> batch = events;
      events = new ArrayList<>(options.batchSize());
      writer.submit(() -> store.append(batch));
    }
  }

  private void flushItems() {
    if (!items.isEmpty()) {
      List<Item> batch = List.copyOf(items);
      items.clear();
      writer.submit(
          () -> {
            store.putItems(batch);
            return null;
          });
    }
  }

  private void flushUsers() {
    if (!users.isEmpty()) {
      List<User> batch = List.copyOf(users);
      users.clear();
      writer.submit(
          () -> {
            store.putUsers(batch);
            return null;
          });
    }
  }

  private void count(AppendResult result) {
    imported += result.inserted();
    duplicates += result.duplicates();
  }
}
