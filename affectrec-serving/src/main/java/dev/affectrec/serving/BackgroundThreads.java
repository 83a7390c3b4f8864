package dev.affectrec.serving;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The background threads of the serving parts: named daemons, so they never keep a JVM alive. */
final class BackgroundThreads {
  private BackgroundThreads() {}

  /** A single-thread scheduler whose thread is the daemon {@code name}. */
  static ScheduledExecutorService scheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }
}
