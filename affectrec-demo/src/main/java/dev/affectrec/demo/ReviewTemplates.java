package dev.affectrec.demo;

import dev.affectrec.api.emotion.Emotion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Short review texts in English and Chinese for each emotion; {@code %s} is the product noun. */
final class ReviewTemplates {
  private static final Map<Emotion, List<String>> EN = new EnumMap<>(Emotion.class);
  private static final Map<Emotion, List<String>> ZH = new EnumMap<>(Emotion.class);

  static {
    EN.put(
        Emotion.JOY,
        List.of(
            "Absolutely love this %s, it made my day!",
            "Great %s, I am so happy with it.", "Wonderful %s, would buy again in a heartbeat."));
    EN.put(
        Emotion.SURPRISE,
        List.of(
            "Wow, I did not expect this %s to be this good!",
            "What a surprise, the %s is amazing.", "Unexpectedly brilliant %s."));
    EN.put(
        Emotion.NEUTRAL,
        List.of(
            "The %s is okay. It does the job.",
            "An average %s, nothing special.", "The %s arrived on time and works as described."));
    EN.put(
        Emotion.SADNESS,
        List.of(
            "A bit disappointed with this %s, I expected more.",
            "Sadly the %s did not live up to the pictures.",
            "The %s made me feel down, not what I hoped for."));
    EN.put(
        Emotion.ANGER,
        List.of(
            "Terrible %s, it broke after two days. Furious!",
            "I am angry, the %s is a total waste of money.",
            "Worst %s ever, never buying from them again."));
    EN.put(
        Emotion.DISGUST,
        List.of(
            "The %s smells awful, gross.",
            "Disgusting quality, the %s looks dirty and cheap.", "Yuck, this %s is revolting."));
    EN.put(
        Emotion.FEAR,
        List.of(
            "The %s got really hot and scared me, worried it is unsafe.",
            "I am afraid this %s might hurt my kids.",
            "Honestly frightening, the %s sparked once."));
    ZH.put(Emotion.JOY, List.of("这个%s太棒了，心情都变好了！", "非常喜欢这款%s，很开心。", "%s质量很好，还会再买！"));
    ZH.put(Emotion.SURPRISE, List.of("没想到这个%s这么好，太惊喜了！", "哇，%s超出预期！", "意外地好用的%s。"));
    ZH.put(Emotion.NEUTRAL, List.of("%s还可以，中规中矩。", "%s一般般，没什么特别。", "%s按时到货，和描述一致。"));
    ZH.put(Emotion.SADNESS, List.of("这个%s有点让人失望，难过。", "可惜%s和图片差太多了。", "买了这个%s，心里挺失落的。"));
    ZH.put(Emotion.ANGER, List.of("这个%s两天就坏了，气死我了！", "太生气了，%s完全是浪费钱。", "最差的%s，再也不买了！"));
    ZH.put(Emotion.DISGUST, List.of("%s味道很难闻，恶心。", "%s做工粗糙，看着就脏，很反感。", "这个%s真让人作呕。"));
    ZH.put(Emotion.FEAR, List.of("%s用的时候发烫，好害怕不安全。", "担心这个%s会伤到孩子，很恐惧。", "%s冒火花了，吓死我了。"));
  }

  private ReviewTemplates() {}

  /** A review of {@code noun} expressing {@code emotion}, in Chinese when {@code chinese}. */
  static String review(Emotion emotion, String noun, boolean chinese, RandomGenerator random) {
    List<String> options = (chinese ? ZH : EN).get(emotion);
    return String.format(options.get(random.nextInt(options.size())), noun);
  }
}
