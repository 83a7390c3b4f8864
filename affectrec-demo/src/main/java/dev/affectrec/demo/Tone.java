package dev.affectrec.demo;

import dev.affectrec.api.emotion.Emotion;

/**
 * The emotional character of an item, which colours how it is described and which moods it suits.
 * Each tone has bilingual adjectives used in item titles.
 */
enum Tone {
  CALM(Emotion.NEUTRAL, "Calm", "宁静"),
  UPLIFTING(Emotion.JOY, "Sunny", "阳光"),
  THRILLING(Emotion.SURPRISE, "Thrilling", "惊险"),
  DARK(Emotion.FEAR, "Midnight", "暗夜"),
  MELANCHOLIC(Emotion.SADNESS, "Rainy-day", "雨天");

  final Emotion emotion;
  final String adjectiveEn;
  final String adjectiveZh;

  Tone(Emotion emotion, String adjectiveEn, String adjectiveZh) {
    this.emotion = emotion;
    this.adjectiveEn = adjectiveEn;
    this.adjectiveZh = adjectiveZh;
  }
}
