package dev.affectrec.emotion.text.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmojiNamesTest {

  @Test
  void emojiReachTheEncoderAsWords() {
    assertThat(EmojiNames.describe("so angry 😡")).contains("pouting face").doesNotContain("😡");
    assertThat(EmojiNames.describe("😭")).contains("crying");
    assertThat(EmojiNames.describe("love it ❤️")).contains("heart").doesNotContain("\uFE0F");
  }

  @Test
  void textWithoutEmojiIsLeftAsItIs() {
    String text = "太差了 — “quoted” … no emoji";
    assertThat(EmojiNames.describe(text)).isSameAs(text);
    String chinese = "今天很好😊";
    assertThat(EmojiNames.describe(chinese)).startsWith("今天很好 ");
  }
}
