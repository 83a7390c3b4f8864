package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageRouterTest {

  @Test
  void routesByScript() {
    assertThat(LanguageRouter.route("I love this phone").language()).isEqualTo(TextLanguage.EN);
    LanguageRoute zh = LanguageRouter.route("这个手机太好用了");
    assertThat(zh.language()).isEqualTo(TextLanguage.ZH);
    assertThat(zh.chineseWeight()).isEqualTo(1.0);
    assertThat(zh.needsEnglish()).isFalse();
  }

  @Test
  void mixedTextIsReadByBothHeadsWeightedByScript() {
    LanguageRoute mixed = LanguageRouter.route("这个 phone 真的很好 but the battery is bad");
    assertThat(mixed.needsChinese()).isTrue();
    assertThat(mixed.needsEnglish()).isTrue();
    assertThat(mixed.chineseWeight()).isBetween(0.15, 0.85);
  }

  @Test
  void otherLanguagesAreUnsupported() {
    assertThat(LanguageRouter.route("Это очень хороший телефон").language())
        .isEqualTo(TextLanguage.UNSUPPORTED);
    assertThat(LanguageRouter.route("このホテルはとても良かったです").language())
        .isEqualTo(TextLanguage.UNSUPPORTED);
    assertThat(LanguageRouter.route("Ce téléphone est vraiment très bien fait").language())
        .isEqualTo(TextLanguage.UNSUPPORTED);
    assertThat(LanguageRouter.route("정말 좋아요").language()).isEqualTo(TextLanguage.UNSUPPORTED);
  }

  @Test
  void socialEnglishWithoutFunctionWordsIsEnglish() {
    assertRoutedAs(
        TextLanguage.EN,
        "@anonymous thanks :) I'll tweet soon :) #vanishingon7thstreet",
        "@anonymous ugh &gt;&lt; sorry girlie :/",
        "Stupid rain. Stupid treadmill hell.",
        "learning some valuable microsoft skills today.",
        "Hate hate hate being late. Ugh.",
        "Goodbye, PAX. Great games, great people. Too much fun!",
        "Thx beautiful! RT @anonymous HAPPY BIRTHDAY @anonymous !",
        "Breaking News: PIAA basketball playoffs results http://url_removed");
  }

  @Test
  void otherLatinScriptLanguagesAreUnsupported() {
    assertRoutedAs(
        TextLanguage.UNSUPPORTED,
        "El servicio fue muy malo y la comida estaba fría",
        "Das Essen war kalt und der Kellner sehr unfreundlich",
        "Il servizio era lento ma il cibo era buono",
        "O produto chegou quebrado e ninguém respondeu",
        "@anonymous kisa zamanda mirrorlari cikar gibi geliyor :)",
        "Pelayanan hotel ini sangat buruk dan kamarnya kotor",
        "Het eten was koud en de bediening traag");
  }

  @Test
  void shortSentencesInOtherLatinLanguagesAreUnsupportedAndShortEnglishIsNot() {
    assertRoutedAs(
        TextLanguage.UNSUPPORTED,
        "Das ist nicht gut.",
        "Das Essen war schrecklich.",
        "Merci beaucoup !",
        "C'est vraiment nul.",
        "Estoy muy feliz.",
        "Ciao!",
        "Het eten was niet lekker.");
    assertRoutedAs(
        TextLanguage.EN,
        "Not bad at all.",
        "I said merci and left, so happy",
        "Absolutely gorgeous scenery",
        "Great café, lovely staff",
        "So angry!");
  }

  @Test
  void shortTextMostlyOfWordsTheEnglishModelNeverSawIsUnsupported() {
    assertRoutedAs(
        TextLanguage.UNSUPPORTED,
        "Die Lieferung war katastrophal",
        "Die Verpackung war beschädigt",
        "Die Qualität ist super",
        "Lieferung kam zu spät",
        "Produk bagus sekali",
        "Kargo geç geldi",
        "Pésimo servicio",
        "Prodotto ottimo",
        "Slechte kwaliteit",
        "Bardzo dobry produkt",
        "Giao hàng chậm");
    assertRoutedAs(
        TextLanguage.EN,
        "Battery died overnight",
        "Die hard fans will love it",
        "War is hell",
        "Samsung Galaxy overheats",
        "Zippers broke immediately",
        "Tasty ramen",
        "Bland risotto",
        "Fiiiinally!! Home time. :-D",
        "Whoo upgrades :D",
        "Purses jammed under arms, tokens jammed in hands.",
        "Lavishly, exhilaratingly tasteless.");
  }

  @Test
  void vocabularyKnowsInflectionsAndElongations() {
    assertThat(EnglishVocabulary.contains("upgrades")).isTrue();
    assertThat(EnglishVocabulary.contains("jammed")).isTrue();
    assertThat(EnglishVocabulary.contains("sooooo")).isTrue();
    assertThat(EnglishVocabulary.contains("fiiiinally")).isTrue();
    assertThat(EnglishVocabulary.contains("lieferung")).isFalse();
    assertThat(EnglishVocabulary.contains("katastrophal")).isFalse();
  }

  @Test
  void emoticonsAloneAreReadAsEnglish() {
    for (String text : List.of(":)", ":'(", ">:(", "😡")) {
      LanguageRoute route = LanguageRouter.route(text);
      assertThat(route.language()).as(text).isEqualTo(TextLanguage.EN);
      assertThat(route.hasContent()).as(text).isTrue();
    }
    assertThat(LanguageRouter.route("...").hasContent()).isFalse();
  }

  @Test
  void emptyBinaryAndEmojiInput() {
    assertThat(LanguageRouter.route("").hasContent()).isFalse();
    assertThat(LanguageRouter.route("   \t ").hasContent()).isFalse();
    assertThat(LanguageRouter.route("?!...").hasContent()).isFalse();
    LanguageRoute binary = LanguageRouter.route("\u0000\u0001\u0002abc\u0003\u0004");
    assertThat(binary.language()).isEqualTo(TextLanguage.UNSUPPORTED);
    assertThat(binary.needsEnglish()).isFalse();
    LanguageRoute emoji = LanguageRouter.route("😂😂😂");
    assertThat(emoji.language()).isEqualTo(TextLanguage.EN);
    assertThat(emoji.needsEnglish()).isTrue();
  }

  private static void assertRoutedAs(TextLanguage expected, String... texts) {
    for (String text : texts) {
      assertThat(LanguageRouter.route(text).language()).as(text).isEqualTo(expected);
    }
  }
}
