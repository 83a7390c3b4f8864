package dev.affectrec.emotion.text.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loader for the VADER sentiment ground truth (Hutto and Gilbert 2014) as an intensity dataset:
 * each snippet's mean rating of 20 people on [-4, 4] becomes the target {@code |rating| / 4} in [0,
 * 1]. The tweets, Amazon review and NYT editorial snippets are used; the movie snippets are left
 * out because they come from the same Rotten Tomatoes reviews as SST-2, which the English polarity
 * head trains on. Texts are de-duplicated (first rating kept) and split 80/20 with a fixed seed.
 * Stateless.
 */
final class VaderGroundTruth {
  /** Seed of the dev split; part of the dataset definition, not a training knob. */
  static final long SPLIT_SEED = 20131;

  /** Share of the de-duplicated snippets held out as dev. */
  static final double DEV_FRACTION = 0.20;

  /** The highest absolute rating of the scale. */
  static final double SCALE = 4;

  /** Folder under {@code shared/data}. */
  static final String FOLDER = "vader-sentiment-ground-truth";

  /** File name to the source name its snippets carry, in loading order. */
  static final Map<String, String> FILES = files();

  private VaderGroundTruth() {}

  private static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("tweets_GroundTruth.txt", "tweets");
    files.put("amazonReviewSnippets_GroundTruth.txt", "amazon");
    files.put("nytEditorialSnippets_GroundTruth.txt", "nyt");
    return java.util.Collections.unmodifiableMap(files);
  }

  /** A snippet with its signed mean rating in [-4, 4]. */
  private record Signed(String text, double rating, String source) {
    RatedText intensity() {
      return new RatedText(text, Math.abs(rating) / SCALE, source);
    }
  }

  static IntensityDataset load(Path data) throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    List<List<Signed>> split = split(data, hashes);
    return new IntensityDataset(
        DatasetCatalog.INTENSITY,
        "en",
        split.get(0).stream().map(Signed::intensity).toList(),
        split.get(1).stream().map(Signed::intensity).toList(),
        hashes);
  }

  /**
   * The same snippets and the same train/dev split as {@link #load} as a polarity dataset: mean
   * rating at least {@link #POLAR} is positive, at most {@code -POLAR} negative; the mildly rated
   * snippets between are left out.
   */
  static TextDataset polarity(Path data) throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    List<List<Signed>> split = split(data, hashes);
    return new TextDataset(
        DatasetCatalog.VADER_POLARITY,
        "en",
        EnglishDatasets.BINARY,
        false,
        polar(split.get(0)),
        polar(split.get(1)),
        hashes);
  }

  /** The smallest absolute mean rating a polarity example needs. */
  static final double POLAR = 1.0;

  private static List<Example> polar(List<Signed> rows) {
    List<Example> out = new ArrayList<>();
    for (Signed s : rows) {
      if (Math.abs(s.rating()) >= POLAR) {
        out.add(Example.of(s.text(), s.rating() > 0 ? 1 : 0));
      }
    }
    return out;
  }

  private static List<List<Signed>> split(Path data, Map<String, String> hashes)
      throws IOException {
    Path dir = data.resolve(FOLDER);
    List<Signed> all = new ArrayList<>();
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Path path = dir.resolve(file.getKey());
      all.addAll(readSigned(path, file.getValue()));
      hashes.put(FOLDER + "/" + file.getKey(), DatasetFiles.sha256(path));
    }
    return Splits.trainDev(Splits.distinctBy(all, Signed::text), DEV_FRACTION, SPLIT_SEED);
  }

  /**
   * Reads one ground-truth file: {@code id<TAB>mean rating<TAB>text} per line, no header; blank
   * lines are skipped.
   *
   * @throws IOException if a line has fewer than three fields, a rating that is not a number in
   *     [-4, 4], or an empty text; the message names the file and the line
   * @throws IllegalArgumentException if the file does not exist
   */
  static List<RatedText> read(Path file, String source) throws IOException {
    return readSigned(file, source).stream().map(Signed::intensity).toList();
  }

  private static List<Signed> readSigned(Path file, String source) throws IOException {
    return DatasetFiles.parseLines(file, (line, lineNo) -> parse(line, lineNo, file, source));
  }

  private static Signed parse(String line, int lineNo, Path file, String source)
      throws IOException {
    String[] fields = line.split("\t", 3);
    if (fields.length < 3) {
      throw bad(
          file, lineNo, "expected id<TAB>rating<TAB>text but found " + fields.length + " field(s)");
    }
    double rating;
    try {
      rating = Double.parseDouble(fields[1].strip());
    } catch (NumberFormatException e) {
      throw bad(file, lineNo, "rating '" + fields[1] + "' is not a number");
    }
    if (!(Math.abs(rating) <= SCALE)) {
      throw bad(file, lineNo, "rating " + fields[1] + " is outside [-4, 4]");
    }
    String text = fields[2].strip();
    if (text.isEmpty()) {
      throw bad(file, lineNo, "empty text");
    }
    return new Signed(text, rating, source);
  }

  private static IOException bad(Path file, int line, String what) {
    return new IOException(file + " line " + line + ": " + what);
  }
}
