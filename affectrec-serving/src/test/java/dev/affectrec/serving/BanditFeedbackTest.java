package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.EventType;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BanditFeedbackTest {
  private static final String SEGMENT = "calm";

  /** Eviction work runs on the calling thread, so the cache's size is exact after each call. */
  private static BanditFeedback feedback(int maxUsers) {
    return new BanditFeedback(42, maxUsers, Runnable::run);
  }

  private static double alpha(BanditFeedback feedback, EmotionPolicy policy) {
    return feedback.policyShares().get(SEGMENT).get(policy).get("alpha");
  }

  private static void click(BanditFeedback feedback, String user, String item) {
    feedback.accepted(
        List.of(event("c-" + user, user, item, EventType.RECOMMENDATION_CLICKED, 1, null)));
  }

  @Test
  void aClickOnAServedItemCreditsThePolicyThatServedIt() {
    BanditFeedback feedback = feedback(10);
    feedback.served("alice", SEGMENT, EmotionPolicy.MOOD_REGULATING, Set.of("A1", "A2"));
    click(feedback, "alice", "A2");
    click(feedback, "alice", "B7");
    click(feedback, "bob", "A2");
    assertThat(alpha(feedback, EmotionPolicy.MOOD_REGULATING)).isEqualTo(2.0);
    assertThat(alpha(feedback, EmotionPolicy.NEUTRAL)).isEqualTo(1.0);
    assertThat(feedback.policyShares().get(SEGMENT).get(EmotionPolicy.MOOD_REGULATING))
        .containsEntry("chosen", 1.0);
  }

  @Test
  void anActiveUsersAttributionSurvivesManyOtherUsers() {
    int maxUsers = 100;
    BanditFeedback feedback = feedback(maxUsers);
    feedback.served("alice", SEGMENT, EmotionPolicy.NEUTRAL, Set.of("A1"));
    for (int u = 0; u < 20 * maxUsers; u++) {
      feedback.served("u" + u, SEGMENT, EmotionPolicy.MOOD_CONGRUENT, Set.of("B1"));
      if (u % 10 == 0) {
        feedback.accepted(
            List.of(event("s" + u, "alice", "A1", EventType.RECOMMENDATION_SHOWN, u, null)));
      }
    }
    // Emptying the whole map at the bound (the old behaviour) would have lost alice 20 times over.
    click(feedback, "alice", "A1");
    assertThat(alpha(feedback, EmotionPolicy.NEUTRAL)).isEqualTo(2.0);
  }

  @Test
  void anErasedUserIsNoLongerCredited() {
    BanditFeedback feedback = feedback(10);
    feedback.served("alice", SEGMENT, EmotionPolicy.NEUTRAL, Set.of("A1"));
    feedback.forget("alice");
    click(feedback, "alice", "A1");
    assertThat(alpha(feedback, EmotionPolicy.NEUTRAL)).isEqualTo(1.0);
  }

  @Test
  void theBoundMustAdmitAUser() {
    assertThatThrownBy(() -> new BanditFeedback(1, 0)).hasMessageContaining("maxUsers");
  }
}
