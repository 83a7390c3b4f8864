package dev.affectrec.emotion.text.train;

import dev.affectrec.api.provenance.ConfigParameters;
import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.IntensityDataset;
import dev.affectrec.emotion.text.data.RatedText;
import dev.affectrec.emotion.text.data.TextDataset;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import dev.affectrec.emotion.text.features.CueFeatures;
import dev.affectrec.emotion.text.features.HeadInputs;
import dev.affectrec.emotion.text.features.NgramExtractor;
import dev.affectrec.emotion.text.features.TfidfVocabulary;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.HeadBundleIo;
import dev.affectrec.emotion.text.head.Intensity;
import dev.affectrec.emotion.text.head.LanguageTasks;
import dev.affectrec.emotion.text.head.ProvenanceJson;
import dev.affectrec.emotion.text.head.SparseRow;
import dev.affectrec.emotion.text.head.TextHead;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code emotion train}: trains every head of the requested languages on frozen encoder embeddings
 * plus TF-IDF n-grams, tunes on dev splits only, and writes one head bundle per language with its
 * provenance (datasets and sha256s, hyperparameters, seed, dev metrics). English also gets the
 * intensity head, trained on the VADER ground truth after the other heads (its TF-IDF rows use
 * their vocabulary, so adding it changed none of them) and scored beside the derived formula. Same
 * seed, same data: same heads and metrics.
 */
public final class TrainTextHeadsJob {
  /** Provenance component name of the bundles. */
  public static final String COMPONENT = "text-emotion-heads";

  /** Training texts per language the TF-IDF vocabulary is chosen on. */
  static final int VOCABULARY_SAMPLE = 40_000;

  private final TrainOptions options;
  private final PrintStream log;
  private final Clock clock;

  /** A job with {@code options}, logging progress to {@code log}. */
  public TrainTextHeadsJob(TrainOptions options, PrintStream log) {
    this(options, log, Clock.systemUTC());
  }

  /**
   * A job whose provenance {@code createdAt} comes from {@code clock}: with a fixed clock, two runs
   * with the same options write byte-identical files (the reproducibility test does this).
   */
  public TrainTextHeadsJob(TrainOptions options, PrintStream log, Clock clock) {
    this.options = options;
    this.log = log;
    this.clock = clock;
  }

  /** Trains and writes every requested bundle; returns them. */
  public List<HeadBundle> run() {
    List<HeadBundle> bundles = new ArrayList<>();
    for (String language : options.languages()) {
      HeadBundle bundle = trainLanguage(language);
      write(bundle, options.outputDir().resolve(bundleFile(language)));
      bundles.add(bundle);
    }
    return bundles;
  }

  /** File name of a language's bundle. */
  public static String bundleFile(String language) {
    return "text-heads-" + language + ".bin.gz";
  }

  private HeadBundle trainLanguage(String language) {
    TrainConfig config = options.config();
    boolean chinese = language.equals("zh");
    EncoderSpec spec = chinese ? EncoderSpec.BGE_SMALL_ZH : EncoderSpec.BGE_SMALL_EN;
    List<TextDataset> datasets = new ArrayList<>();
    List<String> vocabTexts = new ArrayList<>();
    Map<String, String> hashes = new TreeMap<>();
    for (String task : TrainOptions.tasks(language)) {
      if (!options.only().isEmpty() && !options.only().contains(task)) {
        continue;
      }
      TextDataset ds =
          UnifiedTasks.isUnified(task)
              ? UnifiedTasks.load(task, options.dataDir(), config)
              : DatasetCatalog.load(task, options.dataDir());
      datasets.add(ds);
      if (!task.equals("goemotions-ekman") && !componentsInRun(task, language)) {
        ds.train().forEach(e -> vocabTexts.add(e.text()));
      }
      hashes.putAll(ds.fileHashes());
    }
    long start = System.nanoTime();
    // The vocabulary is chosen on a seeded subset of the training texts (document frequency is a
    // stable statistic); every training text is still transformed with it.
    List<String> vocabSample = vocabSample(vocabTexts, config.seed());
    TfidfVocabulary vocab =
        TfidfVocabulary.fit(
            chinese ? NgramExtractor.CHINESE : NgramExtractor.ENGLISH,
            vocabSample,
            config.vocabularySize());
    log.printf("%s vocabulary: %d terms in %.0f s%n", language, vocab.size(), seconds(start));
    EmbeddingCache cache = new EmbeddingCache(options.cacheDir());
    Map<String, TextHead> heads = new LinkedHashMap<>();
    Map<String, Double> metrics = new TreeMap<>();
    HeadTrainer trainer = new HeadTrainer(config);
    try (SentenceEncoder encoder =
        SentenceEncoder.load(
            spec.withWindowTokens(EmbedDatasetsMain.TRAIN_WINDOW), config.threads())) {
      fillCache(language, datasets, cache, encoder);
      for (TextDataset ds : datasets) {
        long t0 = System.nanoTime();
        List<Example> embTrain = TrainingSets.split(ds, "train", config);
        HeadTrainer.SplitRows embRows =
            rows(ds, embTrain, cache, encoder, "train", vocab, chinese, true);
        List<Example> tfidfTrain = new ArrayList<>(ds.train());
        tfidfTrain.addAll(DatasetCatalog.tfidfExtras(ds.name(), options.dataDir()));
        HeadTrainer.SplitRows tfidfRows =
            rows(ds, tfidfTrain, null, null, "train", vocab, chinese, false);
        HeadTrainer.SplitRows devRows =
            rows(
                ds,
                TrainingSets.split(ds, "dev", config),
                cache,
                encoder,
                "dev",
                vocab,
                chinese,
                true);
        HeadTrainer.Trained trained =
            trainer.train(
                ds,
                embRows,
                tfidfRows,
                devRows,
                spec.embeddingDimension() + CueFeatures.COUNT,
                vocab.size());
        heads.put(ds.name(), trained.head());
        metrics.putAll(trained.metrics());
        log.printf(
            "%s: dev %s (%.0f s)%n%s",
            ds.name(), trained.metrics(), seconds(t0), trained.dev().render());
      }
      if (trainsIntensity(language)) {
        IntensityDataset ds = DatasetCatalog.loadIntensity(options.dataDir());
        IntensityTrainer.Trained trained = trainIntensity(ds, heads, cache, encoder, vocab, spec);
        heads.put(Intensity.TASK, trained.head());
        metrics.putAll(trained.metrics());
        hashes.putAll(ds.fileHashes());
      }
    }
    Provenance provenance =
        new Provenance(
            COMPONENT,
            "0.1.0-SNAPSHOT",
            clock.instant(),
            hashes,
            parameters(config, spec),
            config.seed(),
            metrics);
    return new HeadBundle(language, spec.name(), vocab, heads, provenance);
  }

  /**
   * Whether {@code task} is unified and one of its corpora is trained in this run, whose texts (or,
   * for GoEmotions-Ekman, GoEmotions' same texts) already count toward the vocabulary.
   */
  private boolean componentsInRun(String task, String language) {
    return UnifiedTasks.isUnified(task)
        && UnifiedTasks.components(task).stream()
            .anyMatch(
                c ->
                    TrainOptions.tasks(language).contains(c)
                        && (options.only().isEmpty() || options.only().contains(c)));
  }

  /**
   * Embeds the corpora this run needs in {@link EmbedDatasetsMain#order}, so that a cache filled by
   * {@link EmbedDatasetsMain} and one filled here from empty hold the same vectors.
   */
  private void fillCache(
      String language, List<TextDataset> datasets, EmbeddingCache cache, SentenceEncoder encoder) {
    java.util.Set<String> needed = new java.util.HashSet<>();
    for (TextDataset ds : datasets) {
      List<String> parts =
          UnifiedTasks.isUnified(ds.name())
              ? UnifiedTasks.components(ds.name())
              : List.of(ds.name());
      parts.forEach(p -> needed.add(EmbedDatasetsMain.corpusOf(p)));
    }
    if (trainsIntensity(language)) {
      needed.add(EmbedDatasetsMain.corpusOf(Intensity.TASK));
    }
    for (String corpus : EmbedDatasetsMain.order(language)) {
      if (needed.contains(corpus)) {
        EmbedDatasetsMain.fill(
            cache,
            encoder,
            options.dataDir(),
            corpus,
            options.config(),
            n -> log.printf("  embedded %s: %d new texts%n", corpus, n));
      }
    }
  }

  private boolean trainsIntensity(String language) {
    return language.equals("en")
        && (options.only().isEmpty() || options.only().contains(Intensity.TASK));
  }

  /**
   * Trains the English intensity head on the VADER ground truth and scores it on its dev split
   * beside the derived formula, computed from this run's emotion and polarity heads on the same dev
   * texts (skipped when {@code only} left those heads out).
   */
  private IntensityTrainer.Trained trainIntensity(
      IntensityDataset ds,
      Map<String, TextHead> heads,
      EmbeddingCache cache,
      SentenceEncoder encoder,
      TfidfVocabulary vocab,
      EncoderSpec spec) {
    long t0 = System.nanoTime();
    IntensityTrainer.Rows train =
        intensityRows(ds.name(), "train", ds.train(), cache, encoder, vocab);
    IntensityTrainer.Rows dev = intensityRows(ds.name(), "dev", ds.dev(), cache, encoder, vocab);
    TextHead emotion = heads.get(LanguageTasks.ENGLISH.emotion());
    TextHead polarity = heads.get(LanguageTasks.ENGLISH.polarity());
    double[] formula = null;
    if (emotion != null && polarity != null) {
      formula = new double[dev.targets().length];
      int neutral = emotion.labels().indexOf("neutral");
      for (int i = 0; i < formula.length; i++) {
        SparseRow e = dev.embedding().get(i);
        SparseRow t = dev.tfidf().get(i);
        formula[i] =
            Intensity.derived(emotion.probabilities(e, t)[neutral], polarity.probabilities(e, t));
      }
    } else {
      log.printf("intensity: no emotion and polarity heads in this run, formula not scored%n");
    }
    IntensityTrainer.Trained trained =
        new IntensityTrainer(options.config())
            .train(
                train, dev, formula, spec.embeddingDimension() + CueFeatures.COUNT, vocab.size());
    log.printf(
        "%s: train %d, dev %s (%.0f s)%n",
        Intensity.TASK, ds.train().size(), trained.metrics(), seconds(t0));
    return trained;
  }

  private IntensityTrainer.Rows intensityRows(
      String name,
      String split,
      List<RatedText> rated,
      EmbeddingCache cache,
      SentenceEncoder encoder,
      TfidfVocabulary vocab) {
    List<String> texts = rated.stream().map(RatedText::text).toList();
    double[] targets = rated.stream().mapToDouble(RatedText::intensity).toArray();
    return new IntensityTrainer.Rows(
        embeddingRows(name + "-" + split, texts, cache, encoder, false),
        tfidfRows(texts, vocab),
        targets,
        rated.stream().map(RatedText::source).toList());
  }

  private List<SparseRow> embeddingRows(
      String key, List<String> texts, EmbeddingCache cache, SentenceEncoder encoder, boolean zh) {
    float[][] vectors =
        cache.embed(encoder, texts, n -> log.printf("  embedded %s: %d new texts%n", key, n));
    List<SparseRow> rows = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      rows.add(HeadInputs.embeddingRow(vectors[i], texts.get(i), zh));
    }
    return rows;
  }

  private static List<SparseRow> tfidfRows(List<String> texts, TfidfVocabulary vocab) {
    List<SparseRow> rows = new ArrayList<>(texts.size());
    for (String text : texts) {
      rows.add(vocab.transform(text));
    }
    return rows;
  }

  private HeadTrainer.SplitRows rows(
      TextDataset ds,
      List<Example> examples,
      EmbeddingCache cache,
      SentenceEncoder encoder,
      String split,
      TfidfVocabulary vocab,
      boolean chinese,
      boolean embed) {
    List<String> texts = examples.stream().map(Example::text).toList();
    List<SparseRow> embRows =
        embed ? embeddingRows(ds.name() + "-" + split, texts, cache, encoder, chinese) : List.of();
    return new HeadTrainer.SplitRows(embRows, tfidfRows(texts, vocab), HeadTrainer.gold(examples));
  }

  /**
   * The provenance parameters of a bundle trained with {@code config} on {@code spec}'s embeddings:
   * every field of the configuration plus the encoder, its training window and the vocabulary
   * sample.
   */
  static Map<String, String> parameters(TrainConfig config, EncoderSpec spec) {
    Map<String, String> p = new TreeMap<>(ConfigParameters.of(config));
    p.put("encoder", spec.name());
    p.put("trainWindowTokens", String.valueOf(EmbedDatasetsMain.TRAIN_WINDOW));
    p.put("vocabularySample", String.valueOf(VOCABULARY_SAMPLE));
    return p;
  }

  private void write(HeadBundle bundle, Path file) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        HeadBundleIo.write(bundle, out);
      }
      Path json =
          file.resolveSibling(file.getFileName().toString().replace(".bin.gz", ".provenance.json"));
      Files.writeString(json, ProvenanceJson.write(bundle.provenance()) + "\n");
      log.printf("wrote %s (%d bytes) and %s%n", file, Files.size(file), json.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static List<String> vocabSample(List<String> texts, long seed) {
    List<String> copy = new ArrayList<>(texts);
    java.util.Collections.shuffle(copy, new java.util.Random(seed));
    return copy.subList(0, Math.min(VOCABULARY_SAMPLE, copy.size()));
  }

  private static List<String> onlyTasks() {
    String only = System.getProperty("affectrec.train.only", "");
    return only.isBlank() ? List.of() : List.of(only.split(","));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Runs the job: {@code TrainTextHeadsJob DATA_DIR CACHE_DIR OUTPUT_DIR [en|zh ...]}. The CLI's
   * {@code emotion train} calls {@link #run()} with the same options.
   */
  public static void main(String[] args) {
    List<String> languages =
        args.length > 3 ? List.of(args).subList(3, args.length) : List.of("en", "zh");
    new TrainTextHeadsJob(
            new TrainOptions(
                Path.of(args[0]),
                Path.of(args[1]),
                Path.of(args[2]),
                languages,
                TrainConfig.defaults(),
                onlyTasks()),
            System.err)
        .run();
  }
}
