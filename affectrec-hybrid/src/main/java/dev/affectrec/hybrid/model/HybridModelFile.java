package dev.affectrec.hybrid.model;

import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.hybrid.profile.ItemEmotions;
import dev.affectrec.hybrid.score.BlendWeights;
import dev.affectrec.hybrid.score.ContextCounts;
import dev.affectrec.hybrid.score.Feature;
import dev.affectrec.recommend.ModelFiles;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.ModelWriter;
import dev.affectrec.recommend.model.ScoringModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Saves and loads {@link HybridEmotionModel}s: the hybrid parts go to the file, the base model to
 * the sibling file {@code <name>.base}. Stateless and thread-safe.
 */
final class HybridModelFile {
  /** Provenance parameter naming the file layout; 2 added the device and channel counts. */
  static final String LAYOUT_KEY = "layout";

  /** The layout this class writes and reads. */
  static final String LAYOUT = "2";

  private HybridModelFile() {}

  static Path baseFile(Path file) {
    return file.resolveSibling(file.getFileName() + ".base");
  }

  static void save(HybridEmotionModel model, Path file) throws IOException {
    model.base().save(baseFile(file));
    try (ModelWriter out = new ModelWriter(file, HybridEmotionModel.KIND, model.provenance())) {
      InteractionMatrix data = model.data();
      out.writeIndex(data.users());
      out.writeIndex(data.items());
      int[] rowPtr = new int[data.userCount() + 1];
      for (int u = 0; u < data.userCount(); u++) {
        rowPtr[u + 1] = data.rowEnd(u);
      }
      out.writeInts(rowPtr);
      out.writeInts(data.rowItems());
      out.writeFloats(data.rowValues());
      ItemEmotions e = model.emotions();
      out.writeDouble(e.prior());
      for (float[] f : e.floats()) {
        out.writeFloats(f);
      }
      for (int[] i : e.ints()) {
        out.writeInts(i);
      }
      UserMoods m = model.moods();
      out.writeFloats(m.valence());
      out.writeFloats(m.arousal());
      out.writeFloats(m.confidence());
      out.writeInts(m.timeBand());
      out.writeInts(m.dayKind());
      model.timeCounts().write(out);
      model.dayCounts().write(out);
      model.deviceCounts().write(out);
      model.channelCounts().write(out);
      for (double w : model.weights().values()) {
        out.writeDouble(w);
      }
      ServingConfig s = model.serving();
      out.writeInt(s.policy().ordinal());
      out.writeDouble(s.policyStrength());
      out.writeDouble(s.mmrLambda());
      out.writeInt(s.candidatePool());
    }
  }

  static HybridEmotionModel load(Path file) throws IOException {
    ScoringModel base = ModelFiles.load(baseFile(file));
    try (ModelReader in = new ModelReader(file)) {
      in.requireKind(HybridEmotionModel.KIND);
      String layout = in.provenance().parameters().get(LAYOUT_KEY);
      if (!LAYOUT.equals(layout)) {
        throw new IOException(
            file
                + " holds a hybrid-emotion model of layout "
                + layout
                + " but this version reads layout "
                + LAYOUT
                + ": train the model again");
      }
      IdIndex users = in.readIndex();
      IdIndex items = in.readIndex();
      int[] rowPtr = in.readInts();
      int[] rowItems = in.readInts();
      float[] rowValues = in.readFloats();
      InteractionMatrix data;
      try {
        data = InteractionMatrix.ofRows(users, items, rowPtr, rowItems, rowValues);
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " holds a damaged interaction matrix: " + e.getMessage(), e);
      }
      double prior = in.readDouble();
      float[][] floats = {in.readFloats(), in.readFloats()};
      int[][] ints = {in.readInts(), in.readInts()};
      ItemEmotions emotions = ItemEmotions.fromArrays(floats, ints, prior);
      UserMoods moods =
          new UserMoods(
              in.readFloats(), in.readFloats(), in.readFloats(), in.readInts(), in.readInts());
      ContextCounts time = ContextCounts.read(in);
      ContextCounts day = ContextCounts.read(in);
      ContextCounts device = ContextCounts.read(in);
      ContextCounts channel = ContextCounts.read(in);
      double[] w = new double[Feature.COUNT];
      for (int f = 0; f < w.length; f++) {
        w[f] = in.readDouble();
      }
      ServingConfig serving =
          new ServingConfig(
              EmotionPolicy.values()[in.readInt()], in.readDouble(), in.readDouble(), in.readInt());
      return new HybridEmotionModel(
          base,
          data,
          emotions,
          moods,
          time,
          day,
          device,
          channel,
          new BlendWeights(w),
          serving,
          in.provenance());
    }
  }
}
