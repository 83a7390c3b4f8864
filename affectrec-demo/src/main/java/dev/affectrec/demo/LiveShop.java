package dev.affectrec.demo;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The demo shop, still open: after the seeded history of {@link DemoShop#generate}, the same
 * shoppers keep arriving, browsing, buying, reviewing and changing mood, one session per call.
 * Shoppers react to recommendations by how much an item appeals to them in their current mood.
 * Thread-safe (synchronized).
 */
public final class LiveShop {
  private final ShopSimulation simulation;
  private final DemoShop history;

  private LiveShop(ShopSimulation simulation, DemoShop history) {
    this.simulation = simulation;
    this.history = history;
  }

  /**
   * The shop of {@code config}: its history (identical to {@link DemoShop#generate}) and beyond.
   */
  public static LiveShop open(DemoConfig config) {
    Objects.requireNonNull(config, "config is required");
    ShopSimulation simulation = new ShopSimulation(config);
    return new LiveShop(simulation, simulation.run());
  }

  /** The seeded history. */
  public DemoShop history() {
    return history;
  }

  /** One shopper's session starting at {@code now}, events in time order (ids never repeat). */
  public synchronized List<Event> nextSession(Instant now) {
    return simulation.liveSession(Objects.requireNonNull(now, "now is required"));
  }

  /**
   * Whether {@code user} clicks a recommended {@code item}: with probability equal to how much it
   * appeals to them in their current mood (in [0, 1]), drawn from {@code uniform} in [0, 1).
   */
  public synchronized boolean clicks(String user, String item, double uniform) {
    return uniform < simulation.appealNow(user, item);
  }

  /** The current mood of {@code user}, or null for an unknown user. */
  public synchronized Emotion moodOf(String user) {
    return simulation.moodOf(user);
  }
}
