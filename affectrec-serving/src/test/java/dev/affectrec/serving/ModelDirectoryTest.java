package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDirectoryTest {
  @TempDir Path dir;

  @Test
  void anEmptyDirectoryHasNoModel() throws IOException {
    assertThat(new ModelDirectory(dir.resolve("none")).load()).isEmpty();
  }

  @Test
  void savesKeepTheTwoNewestVersionsAndVersionsNeverGoBack() throws IOException {
    ServingTrainer.Trained trained;
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")))) {
      store.append(TwoClusterShop.events());
      trained =
          new ServingTrainer(
                  ServingOptions.DEFAULTS, Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC))
              .train(StoreTrainingData.read(store, FeedbackWeights.DEFAULTS));
    }
    ModelDirectory models = new ModelDirectory(dir.resolve("models"));
    Instant now = Instant.parse("2026-11-01T00:00:00Z");
    for (int i = 0; i < 3; i++) {
      String version = models.nextVersion(now);
      models.save(trained.model(), trained.manifest().withVersion(version));
    }
    try (Stream<Path> list = Files.list(dir.resolve("models"))) {
      assertThat(list.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "v" + (now.toEpochMilli() + 1), "v" + (now.toEpochMilli() + 2));
    }
    ModelDirectory.Loaded loaded = models.load().orElseThrow();
    assertThat(loaded.manifest().version()).isEqualTo("v" + (now.toEpochMilli() + 2));
    assertThat(loaded.manifest().metrics()).isEqualTo(trained.manifest().metrics());
    assertThat(loaded.model().items().size()).isEqualTo(trained.model().items().size());
  }

  @Test
  void theServedModelAndItsBaseRecordTheInjectedClock() throws IOException {
    Instant trainedAt = Instant.parse("2025-03-04T05:06:07Z");
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")))) {
      store.append(TwoClusterShop.events());
      ServingTrainer.Trained trained =
          new ServingTrainer(ServingOptions.DEFAULTS, Clock.fixed(trainedAt, ZoneOffset.UTC))
              .train(StoreTrainingData.read(store, FeedbackWeights.DEFAULTS));
      assertThat(trained.manifest().trainedAt()).isEqualTo(trainedAt);
      assertThat(trained.model().provenance().createdAt()).isEqualTo(trainedAt);
      assertThat(trained.model().base().provenance().createdAt()).isEqualTo(trainedAt);
    }
  }

  @Test
  void versionsNewerThanCurrentAreUnfinishedAndDeletedOlderOnesStay() throws IOException {
    Path models = dir.resolve("models");
    for (String v : new String[] {"v3", "v5", "v7", "v12"}) {
      Files.createDirectories(models.resolve(v));
      Files.writeString(models.resolve(v).resolve("model.bin"), "partly written " + v);
    }
    Files.writeString(models.resolve("CURRENT"), "v5");
    Files.writeString(models.resolve("CURRENT.tmp"), "v7");
    ModelDirectory directory = new ModelDirectory(models);

    assertThat(directory.deleteUnfinished()).containsExactly("v7", "v12");

    try (Stream<Path> list = Files.list(models)) {
      assertThat(list.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("v3", "v5", "CURRENT");
    }
    assertThat(directory.currentVersion()).contains("v5");
    Files.delete(models.resolve("CURRENT"));
    assertThat(directory.deleteUnfinished()).containsExactly("v3", "v5");
    assertThat(new ModelDirectory(dir.resolve("none")).deleteUnfinished()).isEmpty();
  }

  @Test
  void aMissingModelFileIsNamed() throws IOException {
    Path models = dir.resolve("models");
    Files.createDirectories(models.resolve("v5"));
    Files.writeString(models.resolve("CURRENT"), "v5");
    Files.writeString(
        models.resolve("v5").resolve("manifest.json"),
        "{\"version\":\"v5\",\"trainedAt\":\"2026-11-01T00:00:00Z\",\"events\":1,\"users\":1,"
            + "\"items\":1,\"interactions\":1,\"trainMillis\":1,\"base\":\"ease\"}");
    assertThatThrownBy(() -> new ModelDirectory(models).load())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("model.bin");
  }
}
