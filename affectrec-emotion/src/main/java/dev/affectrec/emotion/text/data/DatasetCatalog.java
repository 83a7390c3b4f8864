package dev.affectrec.emotion.text.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The named text datasets of {@code shared/data}. Stateless. */
public final class DatasetCatalog {
  /** Every dataset name, English first. */
  public static final List<String> NAMES =
      List.of(
          "sst2",
          "goemotions",
          "goemotions-ekman",
          "carer",
          "online-shopping",
          "chnsenticorp",
          "nlpcc");

  /**
   * Name of the intensity dataset (VADER ground truth: tweets, Amazon and NYT snippets), which is
   * not in {@link #NAMES}: it is rated, not labelled.
   */
  public static final String INTENSITY = "vader-intensity";

  /**
   * Name of the VADER ground truth read as polarity (clearly rated snippets only, the intensity
   * dataset's split), which is not in {@link #NAMES}: it trains the unified polarity head.
   */
  public static final String VADER_POLARITY = "vader-polarity";

  private DatasetCatalog() {}

  /**
   * Loads the English intensity dataset from {@code dataDir} (the {@code shared/data} folder): the
   * VADER ground truth with targets {@code |mean rating| / 4}, de-duplicated, split 80/20 with a
   * fixed seed.
   *
   * @throws IllegalArgumentException if the folder or a file is missing
   * @throws UncheckedIOException if a line is malformed; the message names the file and the line
   */
  public static IntensityDataset loadIntensity(Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException("dataset folder not found: " + dataDir);
    }
    try {
      return VaderGroundTruth.load(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load dataset " + INTENSITY + ": " + e.getMessage(), e);
    }
  }

  /**
   * Extra training examples for the TF-IDF head of {@code name} (never for dev): online-shopping's
   * hotel reviews for ChnSentiCorp, whose own training split is small once de-duplicated. Empty for
   * every other dataset.
   */
  public static List<Example> tfidfExtras(String name, Path dataDir) {
    try {
      return name.equals("chnsenticorp") ? ChineseDatasets.shoppingHotelTrain(dataDir) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load extras for " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads one dataset from {@code dataDir} (the {@code shared/data} folder).
   *
   * @throws IllegalArgumentException if the name is unknown or the folder is missing
   * @throws UncheckedIOException if a file is unreadable or malformed
   */
  public static TextDataset load(String name, Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException("dataset folder not found: " + dataDir);
    }
    try {
      return switch (name) {
        case "sst2" -> EnglishDatasets.sst2(dataDir);
        case "goemotions" -> EnglishDatasets.goEmotions(dataDir, false);
        case "goemotions-ekman" -> EnglishDatasets.goEmotions(dataDir, true);
        case "carer" -> EnglishDatasets.carer(dataDir);
        case "online-shopping" -> ChineseDatasets.onlineShopping(dataDir);
        case "chnsenticorp" -> ChineseDatasets.chnSentiCorp(dataDir);
        case "nlpcc" -> ChineseDatasets.nlpcc(dataDir);
        case VADER_POLARITY -> VaderGroundTruth.polarity(dataDir);
        default ->
            throw new IllegalArgumentException(
                "unknown dataset '" + name + "'; known: " + String.join(", ", NAMES));
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load dataset " + name + ": " + e.getMessage(), e);
    }
  }
}
