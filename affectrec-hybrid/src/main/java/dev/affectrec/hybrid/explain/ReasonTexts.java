package dev.affectrec.hybrid.explain;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.recommend.Reason;
import dev.affectrec.api.recommend.ReasonType;
import java.util.Objects;

/**
 * Builds structured {@link Reason}s with a one-line English text and a Chinese text. Item names are
 * shown as given (a title or an id). Stateless and thread-safe.
 */
public final class ReasonTexts {
  private ReasonTexts() {}

  /** {@code similar_to}: similar to an item the user liked. */
  public static Reason similarTo(String itemId, String itemName) {
    return new Reason(
        ReasonType.SIMILAR_TO,
        required(itemId, "itemId"),
        null,
        "Similar to " + quoted(itemName) + ", which you liked",
        "与您喜欢的「" + itemName + "」相似");
  }

  /** {@code alternative_to}: an alternative to an item the user disliked. */
  public static Reason alternativeTo(String itemId, String itemName) {
    return new Reason(
        ReasonType.ALTERNATIVE_TO,
        required(itemId, "itemId"),
        null,
        "A better-loved alternative to " + quoted(itemName) + ", which disappointed you",
        "作为让您失望的「" + itemName + "」的替代，口碑更好");
  }

  /** {@code mood_fit}: the item's reviews feel like {@code emotion}, which suits the user now. */
  public static Reason moodFit(Emotion emotion, boolean regulating) {
    Objects.requireNonNull(emotion, "emotion is required");
    return regulating
        ? new Reason(
            ReasonType.MOOD_FIT,
            null,
            emotion,
            "Chosen to lift your mood: reviewers mostly felt " + english(emotion),
            "为了让您心情好一些：评论者大多感到" + chinese(emotion))
        : new Reason(
            ReasonType.MOOD_FIT,
            null,
            emotion,
            "Matches your current mood: reviewers mostly felt " + english(emotion),
            "符合您现在的心情：评论者大多感到" + chinese(emotion));
  }

  /** {@code popular_with}: popular with all users, or with users feeling {@code emotion}. */
  public static Reason popularWith(Emotion emotion) {
    return emotion == null
        ? new Reason(ReasonType.POPULAR_WITH, null, null, "Popular with everyone", "深受大家欢迎")
        : new Reason(
            ReasonType.POPULAR_WITH,
            null,
            emotion,
            "Popular with people who feel " + english(emotion),
            "深受感到" + chinese(emotion) + "的用户欢迎");
  }

  /**
   * {@code popular_with} everyone, counted: among the items with the most positive interactions
   * (what is served before a store's first model).
   */
  public static Reason mostPopular(long interactions) {
    if (interactions < 1) {
      throw new IllegalArgumentException("interactions must be at least 1 but was " + interactions);
    }
    return new Reason(
        ReasonType.POPULAR_WITH,
        null,
        null,
        "Popular right now: one of the most liked items (" + interactions + " interactions)",
        "当前热门：最受欢迎的商品之一（" + interactions + " 次互动）");
  }

  /** {@code popular_with} everyone lately: {@code interactions} in the last {@code days} days. */
  public static Reason trending(long interactions, long days) {
    if (interactions < 1 || days < 1) {
      throw new IllegalArgumentException(
          "interactions and days must be at least 1 but were " + interactions + ", " + days);
    }
    return new Reason(
        ReasonType.POPULAR_WITH,
        null,
        null,
        "Trending: " + interactions + " interactions in the last " + days + " days",
        "近 " + days + " 天的热门：" + interactions + " 次互动");
  }

  /** {@code highly_rated_by_positive_reviewers}. */
  public static Reason highlyRatedByPositiveReviewers(int reviews) {
    return new Reason(
        ReasonType.HIGHLY_RATED_BY_POSITIVE_REVIEWERS,
        null,
        Emotion.JOY,
        "Highly rated by reviewers who felt positive about it (" + reviews + " reviews)",
        "好评如潮：" + reviews + " 条评论中的评论者感受积极");
  }

  /** English name of an emotion, as in running text. */
  public static String english(Emotion emotion) {
    return switch (emotion) {
      case ANGER -> "anger";
      case DISGUST -> "disgust";
      case FEAR -> "fear";
      case JOY -> "joy";
      case SADNESS -> "sadness";
      case SURPRISE -> "surprise";
      case NEUTRAL -> "calm";
    };
  }

  /** Chinese name of an emotion. */
  public static String chinese(Emotion emotion) {
    return switch (emotion) {
      case ANGER -> "愤怒";
      case DISGUST -> "厌恶";
      case FEAR -> "恐惧";
      case JOY -> "喜悦";
      case SADNESS -> "悲伤";
      case SURPRISE -> "惊喜";
      case NEUTRAL -> "平静";
    };
  }

  private static String quoted(String name) {
    return "\"" + required(name, "itemName") + "\"";
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
