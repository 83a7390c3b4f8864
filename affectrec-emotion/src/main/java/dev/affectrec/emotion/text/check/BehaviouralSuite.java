package dev.affectrec.emotion.text.check;

import static dev.affectrec.emotion.text.check.Expectation.NEGATIVE;
import static dev.affectrec.emotion.text.check.Expectation.NEUTRAL;
import static dev.affectrec.emotion.text.check.Expectation.POSITIVE;
import static dev.affectrec.emotion.text.check.Expectation.UNSUPPORTED;

import dev.affectrec.api.emotion.Emotion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The behavioural suite: minimal cases made from templates, per capability and language, written
 * for AffectRec (issue 14) and not drawn from any corpus. Capabilities: {@code vocabulary} (plain
 * sentiment words), {@code negated-positive}, {@code negated-negative}, {@code neutral-fact},
 * {@code explicit-emotion}, {@code emoji} (emoji and ASCII emoticons, alone or in text), {@code
 * mixed-language} (English and Chinese in one text) and {@code unsupported-language}.
 * Deterministic; stateless.
 */
public final class BehaviouralSuite {
  /** Capabilities in report order. */
  public static final List<String> CAPABILITIES =
      List.of(
          "vocabulary",
          "negated-positive",
          "negated-negative",
          "neutral-fact",
          "explicit-emotion",
          "emoji",
          "mixed-language",
          "unsupported-language");

  private static final String[] EN_THINGS = {"food", "hotel", "film", "phone", "service", "room"};
  private static final String[] EN_GOOD = {"great", "excellent", "wonderful", "good", "lovely"};
  private static final String[] EN_BAD = {"terrible", "awful", "horrible", "bad", "disappointing"};
  private static final String[] ZH_THINGS = {"这家酒店", "这部电影", "这个手机", "他们的服务", "这件衣服", "这里的菜"};
  private static final String[] ZH_GOOD = {"很好", "非常好", "不错", "很棒", "很满意"};
  private static final String[] ZH_BAD = {"很差", "太差了", "很糟糕", "真烂", "很失望"};

  private static final Map<Emotion, List<String>> EN_EMOTION_WORDS =
      Map.of(
          Emotion.ANGER, List.of("angry", "furious", "annoyed", "mad"),
          Emotion.DISGUST, List.of("disgusted", "grossed out", "repulsed", "sickened"),
          Emotion.FEAR, List.of("scared", "terrified", "afraid", "anxious"),
          Emotion.JOY, List.of("happy", "delighted", "thrilled", "glad"),
          Emotion.SADNESS, List.of("sad", "heartbroken", "miserable", "depressed"),
          Emotion.SURPRISE, List.of("surprised", "amazed", "shocked", "astonished"));
  private static final Map<Emotion, List<String>> ZH_EMOTION_WORDS =
      Map.of(
          Emotion.ANGER, List.of("生气", "愤怒", "恼火", "气愤"),
          Emotion.DISGUST, List.of("恶心", "厌恶", "反感", "讨厌"),
          Emotion.FEAR, List.of("害怕", "恐惧", "担心", "紧张"),
          Emotion.JOY, List.of("开心", "高兴", "快乐", "幸福"),
          Emotion.SADNESS, List.of("难过", "伤心", "悲伤", "失望"),
          Emotion.SURPRISE, List.of("惊讶", "吃惊", "震惊", "意外"));
  private static final Map<Emotion, List<String>> EMOJI =
      Map.of(
          Emotion.ANGER, List.of("😡", "😠", "🤬", ">:("),
          Emotion.DISGUST, List.of("🤮", "🤢"),
          Emotion.FEAR, List.of("😱", "😨", "😰"),
          Emotion.JOY, List.of("😂", "😍", "😊", ":)", ":D", "❤️"),
          Emotion.SADNESS, List.of("😢", "😭", "😞", ":(", ":'("),
          Emotion.SURPRISE, List.of("😮", "😲"));

  private BehaviouralSuite() {}

  /** Every case, in capability order. */
  public static List<CheckCase> cases() {
    List<CheckCase> out = new ArrayList<>();
    vocabulary(out);
    negatedPositive(out);
    negatedNegative(out);
    neutralFacts(out);
    explicitEmotions(out);
    emoji(out);
    mixedLanguage(out);
    unsupported(out);
    return List.copyOf(out);
  }

  private static void vocabulary(List<CheckCase> out) {
    for (int i = 0; i < EN_THINGS.length; i++) {
      String thing = EN_THINGS[i];
      String good = EN_GOOD[i % EN_GOOD.length];
      String bad = EN_BAD[i % EN_BAD.length];
      add(out, "vocabulary", "en", "The " + thing + " was " + good + ".", POSITIVE);
      add(out, "vocabulary", "en", "What a " + good + " " + thing + "!", POSITIVE);
      add(out, "vocabulary", "en", "The " + thing + " was " + bad + ".", NEGATIVE);
      add(out, "vocabulary", "en", "What a " + bad + " " + thing + "!", NEGATIVE);
      add(out, "vocabulary", "zh", ZH_THINGS[i] + ZH_GOOD[i % ZH_GOOD.length] + "。", POSITIVE);
      add(out, "vocabulary", "zh", "我觉得" + ZH_THINGS[i] + ZH_GOOD[(i + 2) % 5] + "。", POSITIVE);
      add(out, "vocabulary", "zh", ZH_THINGS[i] + ZH_BAD[i % ZH_BAD.length] + "。", NEGATIVE);
      add(out, "vocabulary", "zh", "我觉得" + ZH_THINGS[i] + ZH_BAD[(i + 2) % 5] + "。", NEGATIVE);
    }
  }

  private static void negatedPositive(List<CheckCase> out) {
    String[] templates = {
      "The %s was not %s.",
      "The %s wasn't %s at all.",
      "I don't think the %s is %s.",
      "The %s is never %s."
    };
    String[] zh = {"%s不好。", "%s不是很好。", "%s一点都不好。", "我对%s不满意。", "%s并不好。"};
    for (int i = 0; i < EN_THINGS.length; i++) {
      for (int t = 0; t < templates.length; t++) {
        String good = EN_GOOD[(i + t) % EN_GOOD.length];
        add(out, "negated-positive", "en", templates[t].formatted(EN_THINGS[i], good), NEGATIVE);
      }
      for (String template : zh) {
        add(out, "negated-positive", "zh", template.formatted(ZH_THINGS[i]), NEGATIVE);
      }
    }
  }

  private static void negatedNegative(List<CheckCase> out) {
    String[] templates = {
      "The %s was not %s.", "The %s wasn't %s at all.", "The %s is never %s.",
    };
    String[] zh = {"%s不差。", "%s一点也不差。", "%s并不差。", "%s没有问题。", "%s不算差。"};
    for (int i = 0; i < EN_THINGS.length; i++) {
      for (int t = 0; t < templates.length; t++) {
        String bad = EN_BAD[(i + t) % EN_BAD.length];
        add(out, "negated-negative", "en", templates[t].formatted(EN_THINGS[i], bad), POSITIVE);
      }
      add(
          out,
          "negated-negative",
          "en",
          "I have no complaints about the " + EN_THINGS[i] + ".",
          POSITIVE);
      for (String template : zh) {
        add(out, "negated-negative", "zh", template.formatted(ZH_THINGS[i]), POSITIVE);
      }
    }
  }

  private static void neutralFacts(List<CheckCase> out) {
    String[] en = {
      "The meeting is at %d pm.",
      "The store opens at %d am.",
      "My order number is 40%d.",
      "The train leaves from platform %d.",
      "The room is on floor %d.",
      "The package weighs %d kilograms."
    };
    String[] zh = {
      "会议在下午%d点开始。", "商店上午%d点开门。", "我的订单号是40%d。", "火车从%d号站台出发。", "房间在%d楼。", "这个包裹重%d公斤。"
    };
    for (int n = 2; n <= 5; n++) {
      for (String template : en) {
        add(out, "neutral-fact", "en", template.formatted(n), NEUTRAL);
      }
      for (String template : zh) {
        add(out, "neutral-fact", "zh", template.formatted(n), NEUTRAL);
      }
    }
  }

  private static void explicitEmotions(List<CheckCase> out) {
    String[] en = {"I am so %s.", "I feel %s about the %s.", "Honestly I'm really %s right now."};
    String[] zh = {"我很%s。", "这件事让我非常%s。", "说实话我现在很%s。"};
    for (Emotion emotion : EN_EMOTION_WORDS.keySet().stream().sorted().toList()) {
      Expectation expect = Expectation.top(emotion);
      List<String> words = EN_EMOTION_WORDS.get(emotion);
      for (int w = 0; w < words.size(); w++) {
        String template = en[w % en.length];
        String thing = EN_THINGS[w % EN_THINGS.length];
        add(out, "explicit-emotion", "en", template.formatted(words.get(w), thing), expect);
        add(
            out,
            "explicit-emotion",
            "zh",
            zh[w % zh.length].formatted(ZH_EMOTION_WORDS.get(emotion).get(w)),
            expect);
      }
    }
  }

  private static void emoji(List<CheckCase> out) {
    for (Emotion emotion : EMOJI.keySet().stream().sorted().toList()) {
      Expectation expect = Expectation.top(emotion);
      List<String> symbols = EMOJI.get(emotion);
      for (int s = 0; s < symbols.size(); s++) {
        String symbol = symbols.get(s);
        add(out, "emoji", "en", symbol, expect);
        add(out, "emoji", "en", "just got home " + symbol, expect);
        add(out, "emoji", "zh", "刚到家" + symbol, expect);
      }
    }
    add(out, "emoji", "en", "👍", POSITIVE);
    add(out, "emoji", "en", "👎", NEGATIVE);
    add(out, "emoji", "zh", "收到了👍", POSITIVE);
    add(out, "emoji", "zh", "收到了👎", NEGATIVE);
  }

  private static void mixedLanguage(List<CheckCase> out) {
    String[] enGood = {"I love it!", "Highly recommended.", "So happy with it."};
    String[] enBad = {"I hate it.", "Total waste of money.", "So disappointed."};
    for (int i = 0; i < ZH_THINGS.length; i++) {
      String zhGood = ZH_THINGS[i] + ZH_GOOD[i % ZH_GOOD.length] + "，";
      String zhBad = ZH_THINGS[i] + ZH_BAD[i % ZH_BAD.length] + "，";
      add(out, "mixed-language", "en+zh", zhGood + enGood[i % 3], POSITIVE);
      add(out, "mixed-language", "en+zh", zhBad + enBad[i % 3], NEGATIVE);
      add(
          out,
          "mixed-language",
          "en+zh",
          "The " + EN_THINGS[i] + " was " + EN_GOOD[i % 5] + "，真的" + ZH_GOOD[(i + 1) % 5] + "！",
          POSITIVE);
      add(
          out,
          "mixed-language",
          "en+zh",
          "The " + EN_THINGS[i] + " was " + EN_BAD[i % 5] + "，真的" + ZH_BAD[(i + 1) % 5] + "！",
          NEGATIVE);
    }
  }

  private static void unsupported(List<CheckCase> out) {
    String[] latin = {
      "Je suis très content de ce produit.",
      "C'est vraiment nul.",
      "Merci beaucoup !",
      "Das ist nicht gut.",
      "Ich bin sehr glücklich.",
      "Das Essen war schrecklich.",
      "Estoy muy feliz con la compra.",
      "Es una película horrible.",
      "Muchas gracias por todo.",
      "Sono molto contento del servizio.",
      "Questo film è bellissimo.",
      "Estou muito feliz com o hotel.",
      "O serviço foi péssimo.",
      "Ik ben heel blij met de kamer.",
      "Het eten was niet lekker.",
      "Die Lieferung war katastrophal.",
      "Leider kaputt angekommen.",
      "Livraison rapide, produit conforme.",
      "Pésimo servicio.",
      "Prodotto ottimo.",
      "Slechte kwaliteit.",
      "Bardzo dobry produkt.",
      "Kargo geç geldi.",
      "Produk bagus sekali."
    };
    String[] other = {
      "この映画はとても面白かった。",
      "サービスが最悪でした。",
      "이 영화 정말 좋아요.",
      "서비스가 너무 별로였어요.",
      "Я очень доволен покупкой.",
      "Это ужасный фильм.",
      "هذا المنتج رائع جدا",
      "यह फिल्म बहुत अच्छी है।",
      "Αυτό το ξενοδοχείο είναι υπέροχο.",
      "สินค้าดีมาก"
    };
    for (String text : latin) {
      add(out, "unsupported-language", "other-latin", text, UNSUPPORTED);
    }
    for (String text : other) {
      add(out, "unsupported-language", "other-script", text, UNSUPPORTED);
    }
  }

  private static void add(
      List<CheckCase> out, String capability, String language, String text, Expectation expect) {
    out.add(new CheckCase(capability, language, text, expect));
  }
}
