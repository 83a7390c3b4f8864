package dev.affectrec.emotion.text.data;

import dev.affectrec.io.csv.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loaders for online-shopping-10-cats, ChnSentiCorp and NLPCC 2013 Weibo. None ships a dev split
 * here, so each is de-duplicated by text and split 90/10 (ChnSentiCorp 80/20) with a fixed seed;
 * ChnSentiCorp first loses every review that appears verbatim in online-shopping. Stateless.
 */
final class ChineseDatasets {
  /** Seed of the dev splits made here; part of the dataset definition, not a training knob. */
  static final long SPLIT_SEED = 20131;

  private ChineseDatasets() {}

  /** A Chinese polarity set of {@code split} (train, then dev) read from {@code files}. */
  private static TextDataset binary(
      String name, List<List<Example>> split, Map<String, String> files) {
    return new TextDataset(
        name, "zh", EnglishDatasets.BINARY, false, split.get(0), split.get(1), files);
  }

  static TextDataset onlineShopping(Path data) throws IOException {
    Path file = data.resolve("online-shopping-10-cats/train.csv.gz");
    List<Example> all = Splits.distinctTexts(readBinary(file, 1, 2));
    List<List<Example>> split = Splits.trainDev(all, 0.10, SPLIT_SEED);
    return binary(
        "online-shopping",
        split,
        Map.of("online-shopping-10-cats/train.csv.gz", DatasetFiles.sha256(file)));
  }

  static TextDataset chnSentiCorp(Path data) throws IOException {
    Path file = data.resolve("chnsenticorp-htl-all/ChnSentiCorp_htl_all.csv");
    Path shopping = data.resolve("online-shopping-10-cats/train.csv.gz");
    Set<String> shoppingTexts = new HashSet<>();
    for (Example e : readBinary(shopping, 1, 2)) {
      shoppingTexts.add(e.text().strip());
    }
    List<Example> all = Splits.distinctTexts(Splits.without(readBinary(file, 0, 1), shoppingTexts));
    List<List<Example>> split = Splits.trainDev(all, 0.20, SPLIT_SEED);
    return binary(
        "chnsenticorp",
        split,
        Map.of(
            "chnsenticorp-htl-all/ChnSentiCorp_htl_all.csv", DatasetFiles.sha256(file),
            "online-shopping-10-cats/train.csv.gz", DatasetFiles.sha256(shopping)));
  }

  /**
   * The hotel-category rows of online-shopping's train split (the ChnSentiCorp domain). None of
   * them is in the ChnSentiCorp dev split, which holds only reviews absent from online-shopping.
   */
  static List<Example> shoppingHotelTrain(Path data) throws IOException {
    Path file = data.resolve("online-shopping-10-cats/train.csv.gz");
    Set<String> dev = new HashSet<>();
    for (Example e : onlineShopping(data).dev()) {
      dev.add(e.text().strip());
    }
    List<Example> hotel = new ArrayList<>();
    try (BufferedReader in = DatasetFiles.open(file)) {
      CsvReader csv = CsvReader.of(in);
      csv.next();
      for (List<String> r; (r = csv.next()) != null; ) {
        if (r.size() >= 3 && r.get(0).strip().equals("酒店") && !dev.contains(r.get(2).strip())) {
          hotel.add(Example.of(r.get(2), r.get(1).strip().equals("1") ? 1 : 0));
        }
      }
    }
    return Splits.distinctTexts(hotel);
  }

  static TextDataset nlpcc(Path data) throws IOException {
    Path file = data.resolve("nlpcc2013-weibo-emotion/Nlpcc2013Train.tsv");
    List<Example> rows = new ArrayList<>();
    try (BufferedReader in = DatasetFiles.open(file)) {
      CsvReader csv = CsvReader.of(in);
      csv.next();
      for (List<String> r; (r = csv.next()) != null; ) {
        if (r.size() < 2) {
          continue;
        }
        int label = EnglishDatasets.UNIFIED.indexOf(unified(r.get(0).strip(), csv.startLine()));
        rows.add(Example.of(String.join(",", r.subList(1, r.size())), label));
      }
    }
    List<List<Example>> split = Splits.trainDev(Splits.distinctTexts(rows), 0.10, SPLIT_SEED);
    return new TextDataset(
        "nlpcc",
        "zh",
        EnglishDatasets.UNIFIED,
        false,
        split.get(0),
        split.get(1),
        Map.of("nlpcc2013-weibo-emotion/Nlpcc2013Train.tsv", DatasetFiles.sha256(file)));
  }

  /** NLPCC's 8 classes to the unified 7: like and happiness are joy, none is neutral. */
  static String unified(String label, long line) throws IOException {
    return switch (label) {
      case "like", "happiness" -> "joy";
      case "none" -> "neutral";
      case "anger", "disgust", "fear", "sadness", "surprise" -> label;
      default -> throw new IOException("NLPCC line " + line + ": unknown label '" + label + "'");
    };
  }

  private static List<Example> readBinary(Path file, int labelCol, int textCol) throws IOException {
    List<Example> rows = new ArrayList<>();
    try (BufferedReader in = DatasetFiles.open(file)) {
      CsvReader csv = CsvReader.of(in);
      csv.next();
      for (List<String> r; (r = csv.next()) != null; ) {
        if (r.size() <= Math.max(labelCol, textCol) || r.get(textCol).isBlank()) {
          continue;
        }
        String label = r.get(labelCol).strip();
        if (!label.equals("0") && !label.equals("1")) {
          throw new IOException(
              file + " line " + csv.startLine() + ": label must be 0 or 1: " + label);
        }
        rows.add(Example.of(r.get(textCol), Integer.parseInt(label)));
      }
    }
    return rows;
  }
}
