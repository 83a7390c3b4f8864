package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.TextDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The unified heads the reading uses, each trained on every labelled corpus of its kind together:
 * {@value #EMOTION_EN} (GoEmotions mapped to Ekman + neutral and CARER with love as joy, in the
 * unified label order), {@value #POLARITY_EN} (SST-2 and the clearly rated VADER snippets) and
 * {@value #POLARITY_ZH} (online-shopping and ChnSentiCorp). Their train split is the union of the
 * corpora's whole train splits; their dev split the union of the dev splits the corpora are scored
 * on ({@link TrainingSets#split}), so tuning never sees a test split. Stateless.
 */
public final class UnifiedTasks {
  /** The English 7-way emotion head. */
  public static final String EMOTION_EN = "emotion-en";

  /** The English polarity head. */
  public static final String POLARITY_EN = "polarity-en";

  /** The Chinese polarity head. */
  public static final String POLARITY_ZH = "polarity-zh";

  private static final Map<String, List<String>> COMPONENTS =
      Map.of(
          EMOTION_EN, List.of("goemotions-ekman", "carer"),
          POLARITY_EN, List.of("sst2", DatasetCatalog.VADER_POLARITY),
          POLARITY_ZH, List.of("online-shopping", "chnsenticorp"));

  private UnifiedTasks() {}

  /** Whether {@code task} is a unified task. */
  public static boolean isUnified(String task) {
    return COMPONENTS.containsKey(task);
  }

  /** The corpora a unified task is trained on. */
  public static List<String> components(String task) {
    return COMPONENTS.get(task);
  }

  /**
   * Loads a unified task's dataset (labels of the first component; every other component's labels
   * mapped onto them by name, CARER's love as joy).
   */
  public static TextDataset load(String task, Path dataDir, TrainConfig config) {
    List<TextDataset> parts =
        components(task).stream().map(name -> DatasetCatalog.load(name, dataDir)).toList();
    List<String> labels = parts.get(0).labels();
    List<Example> train = new ArrayList<>();
    List<Example> dev = new ArrayList<>();
    Map<String, String> hashes = new TreeMap<>();
    boolean multiLabel = false;
    for (TextDataset part : parts) {
      train.addAll(mapped(part.train(), part.labels(), labels));
      dev.addAll(mapped(TrainingSets.split(part, "dev", config), part.labels(), labels));
      hashes.putAll(part.fileHashes());
      multiLabel |= part.multiLabel();
    }
    return new TextDataset(task, parts.get(0).language(), labels, multiLabel, train, dev, hashes);
  }

  private static List<Example> mapped(List<Example> examples, List<String> from, List<String> to) {
    int[] map = new int[from.size()];
    for (int i = 0; i < map.length; i++) {
      String label = from.get(i).equals("love") ? "joy" : from.get(i);
      map[i] = to.indexOf(label);
      if (map[i] < 0) {
        throw new IllegalStateException("label " + from.get(i) + " has no counterpart in " + to);
      }
    }
    List<Example> out = new ArrayList<>(examples.size());
    for (Example e : examples) {
      out.add(
          new Example(e.text(), Arrays.stream(e.labels()).map(l -> map[l]).distinct().toArray()));
    }
    return out;
  }
}
