package dev.affectrec.emotion.text.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Loaders for GoEmotions, CARER and SST-2 as shipped in {@code shared/data}. Stateless. */
final class EnglishDatasets {
  /** The unified label order (DESIGN.md section 2). */
  static final List<String> UNIFIED =
      List.of("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral");

  static final List<String> CARER_LABELS =
      List.of("sadness", "joy", "love", "anger", "fear", "surprise");

  static final List<String> BINARY = List.of("negative", "positive");

  private EnglishDatasets() {}

  static TextDataset goEmotions(Path data, boolean ekman) throws IOException {
    Path dir = data.resolve("goemotions");
    List<String> fine =
        Files.readAllLines(dir.resolve("emotions.txt")).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    int[] toEkman = ekmanIndex(dir.resolve("ekman_mapping.json"), fine);
    List<Example> train = readGoEmotions(dir.resolve("train.tsv"), ekman ? toEkman : null);
    List<Example> dev = readGoEmotions(dir.resolve("dev.tsv"), ekman ? toEkman : null);
    return new TextDataset(
        ekman ? "goemotions-ekman" : "goemotions",
        "en",
        ekman ? UNIFIED : fine,
        true,
        train,
        dev,
        Map.of(
            "goemotions/train.tsv", DatasetFiles.sha256(dir.resolve("train.tsv")),
            "goemotions/dev.tsv", DatasetFiles.sha256(dir.resolve("dev.tsv")),
            "goemotions/ekman_mapping.json",
                DatasetFiles.sha256(dir.resolve("ekman_mapping.json"))));
  }

  private static int[] ekmanIndex(Path mapping, List<String> fine) throws IOException {
    int[] index = new int[fine.size()];
    Arrays.fill(index, UNIFIED.indexOf("neutral"));
    JsonNode root = new ObjectMapper().readTree(mapping.toFile());
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      int target = UNIFIED.indexOf(e.getKey());
      for (JsonNode label : e.getValue()) {
        index[fine.indexOf(label.asText())] = target;
      }
    }
    return index;
  }

  private static List<Example> readGoEmotions(Path file, int[] map) throws IOException {
    List<Example> out = new ArrayList<>();
    try (BufferedReader in = DatasetFiles.open(file)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IOException(file + " line " + lineNo + ": expected text<TAB>labels");
        }
        int[] labels = Arrays.stream(cols[1].split(",")).mapToInt(Integer::parseInt).toArray();
        if (map != null) {
          labels = Arrays.stream(labels).map(l -> map[l]).distinct().toArray();
        }
        out.add(new Example(cols[0], labels));
      }
    }
    return out;
  }

  static TextDataset carer(Path data) throws IOException {
    Path dir = data.resolve("carer-emotion");
    ObjectMapper json = new ObjectMapper();
    List<List<Example>> splits = new ArrayList<>();
    for (String name : List.of("train.jsonl", "validation.jsonl")) {
      List<Example> rows = new ArrayList<>();
      try (BufferedReader in = DatasetFiles.open(dir.resolve(name))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = json.readTree(line);
          int label = CARER_LABELS.indexOf(node.path("label").asText());
          if (label < 0) {
            throw new IOException(name + ": unknown CARER label " + node.path("label"));
          }
          rows.add(Example.of(node.path("text").asText(), label));
        }
      }
      splits.add(rows);
    }
    return new TextDataset(
        "carer",
        "en",
        CARER_LABELS,
        false,
        splits.get(0),
        splits.get(1),
        Map.of(
            "carer-emotion/train.jsonl", DatasetFiles.sha256(dir.resolve("train.jsonl")),
            "carer-emotion/validation.jsonl",
                DatasetFiles.sha256(dir.resolve("validation.jsonl"))));
  }

  static TextDataset sst2(Path data) throws IOException {
    Path dir = data.resolve("sst2");
    return new TextDataset(
        "sst2",
        "en",
        BINARY,
        false,
        readSst(dir.resolve("train.tsv")),
        readSst(dir.resolve("dev.tsv")),
        Map.of(
            "sst2/train.tsv", DatasetFiles.sha256(dir.resolve("train.tsv")),
            "sst2/dev.tsv", DatasetFiles.sha256(dir.resolve("dev.tsv"))));
  }

  private static List<Example> readSst(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    try (BufferedReader in = DatasetFiles.open(file)) {
      in.readLine();
      for (String line; (line = in.readLine()) != null; ) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          continue;
        }
        out.add(
            Example.of(
                line.substring(0, tab).strip(), Integer.parseInt(line.substring(tab + 1).strip())));
      }
    }
    return out;
  }
}
