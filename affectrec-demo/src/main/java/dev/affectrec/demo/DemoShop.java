package dev.affectrec.demo;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import java.util.List;

/**
 * A generated shop: its users, items and events (ordered by time, then id).
 *
 * @param config what generated it
 * @param users never null
 * @param items never null
 * @param events never null, time-ordered
 */
public record DemoShop(DemoConfig config, List<User> users, List<Item> items, List<Event> events) {

  /** Copies the lists. */
  public DemoShop {
    users = List.copyOf(users);
    items = List.copyOf(items);
    events = List.copyOf(events);
  }

  /** Generates the shop for {@code config}. Deterministic in the seed. */
  public static DemoShop generate(DemoConfig config) {
    return new ShopSimulation(config).run();
  }
}
