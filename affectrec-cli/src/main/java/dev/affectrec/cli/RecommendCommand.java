package dev.affectrec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.InputException;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.io.progress.ProgressBar;
import dev.affectrec.serving.ModelManifest;
import dev.affectrec.serving.NoSuchUserException;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.ServedRecommendation;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.serving.view.RecommendationViews;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec recommend --user ID}: answers from the data directory as it stands. When events
 * arrived since the saved model (or there is none), review readings are computed and a model is
 * trained and saved first.
 */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description =
        "Recommends items to one user from the data directory, with the policy, the user's"
            + " emotional state and reasons. Brings readings and the model up to date first.")
final class RecommendCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin RecommenderOptions recommender;

  @Option(names = "--user", required = true, paramLabel = "ID", description = "The user.")
  String user;

  @Option(
      names = {"-k", "--k"},
      paramLabel = "K",
      description = "How many items, 1 to 100 (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int k;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      description =
          "mood-congruent, mood-regulating or neutral (default: the model's default policy).")
  String policy;

  @Option(names = "--device", paramLabel = "DEVICE", description = "Request context: device.")
  String device;

  @Option(names = "--channel", paramLabel = "CHANNEL", description = "Request context: channel.")
  String channel;

  @Option(
      names = "--json",
      description =
          "Print {\"user\",\"policy\",\"emotion\":{state},\"items\":[{\"item\",\"score\","
              + "\"reasons\":[...]}]} as one line.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (k < 1 || k > 100) {
      throw new InputException("-k must be in [1, 100] but was " + k);
    }
    EmotionPolicy chosen = policy == null ? null : parsePolicy(policy);
    PrintWriter err = spec.commandLine().getErr();
    UserIds ids = UserIds.of(ServeCommand.security());
    try (EventStore events = store.openExisting();
        ReviewReadingListener reader = ReviewReadingListener.standalone(events);
        RecommendationService service =
            RecommenderOptions.service(events, store.dataDir(), recommender.options(), reader)) {
      load(service, err);
      if (!service.upToDate()) {
        train(service, events.eventCount(), err);
      }
      ServedRecommendation served;
      try {
        served =
            service.recommend(
                ids.stored(user), k, chosen, new EventContext(device, channel, null, null, null));
      } catch (NoSuchUserException e) {
        throw new InputException("no user with id '" + user + "' in " + store.dataDir());
      }
      print(served, events);
    }
    return ExitCodes.OK;
  }

  /**
   * Trains the model with a progress bar on a console (estimated from the model it replaces, see
   * {@link TrainingProgress}) and says how long it took.
   */
  private static void train(RecommendationService service, long events, PrintWriter err) {
    String label = String.format(Locale.ROOT, "training on %,d events", events);
    err.println(label + "...");
    err.flush();
    long estimate = service.manifest().map(m -> m.expectedTrainMillis(events)).orElse(-1L);
    ModelManifest m;
    TrainingProgress progress = new TrainingProgress(ProgressBar.onConsole(label), estimate);
    try {
      m = service.retrain();
    } catch (IllegalArgumentException e) {
      throw new InputException(
          e.getMessage() + "; import events first (affectrec import or affectrec demo)");
    } finally {
      progress.close();
    }
    err.printf("model %s trained in %,d ms%n", m.version(), m.trainMillis());
  }

  private static void load(RecommendationService service, PrintWriter err) {
    try {
      service.loadSaved();
    } catch (IOException e) {
      err.println("the saved model cannot be used and will be retrained: " + e.getMessage());
    }
  }

  private void print(ServedRecommendation served, EventStore events) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper().writeValueAsString(RecommendationViews.recommendation(served, user)));
    } else {
      var r = served.recommendation();
      out.printf(
          "%s: policy %s (%s), mood %s, valence %+.2f, confidence %.2f, model %s%n",
          user,
          r.policy().wireName(),
          served.policyFromBandit() ? "bandit" : "requested",
          served.segment(),
          r.state().valence(),
          r.state().confidence(),
          served.modelVersion());
      int rank = 1;
      for (ScoredItem item : r.items()) {
        String title = events.item(item.item()).map(Item::title).orElse("");
        out.printf(
            "%3d  %-12s %-40s %8.4f  %s%n",
            rank++,
            item.item(),
            abbreviate(title, 40),
            item.score(),
            item.reasons().isEmpty() ? "" : item.reasons().get(0).text());
      }
    }
    out.flush();
  }

  /** {@code text} cut to at most {@code width} characters, ending in "..." when cut. */
  static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  private static EmotionPolicy parsePolicy(String raw) {
    return EmotionPolicy.fromWireName(raw)
        .orElseThrow(
            () ->
                new InputException(
                    "--policy must be one of "
                        + EmotionPolicy.wireNames()
                        + " but was '"
                        + raw
                        + "'"));
  }
}
