package dev.affectrec.demo;

import dev.affectrec.api.event.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Builds the bilingual demo catalogue. */
final class Catalogue {
  private Catalogue() {}

  /**
   * {@code perCategory} items in each category, with tone and quality drawn from {@code random}.
   */
  static List<DemoItem> build(int perCategory, Instant time, RandomGenerator random) {
    List<DemoItem> items = new ArrayList<>();
    Tone[] tones = Tone.values();
    for (int c = 0; c < Category.ALL.size(); c++) {
      Category category = Category.ALL.get(c);
      for (int i = 0; i < perCategory; i++) {
        int noun = random.nextInt(category.nounsEn().size());
        Tone tone = tones[random.nextInt(tones.length)];
        double quality = clamp(0.15 + 0.85 * Math.sqrt(random.nextDouble()));
        String nounEn = category.nounsEn().get(noun);
        String nounZh = category.nounsZh().get(noun);
        String id = String.format(Locale.ROOT, "%s-%03d", category.id(), i + 1);
        String title =
            tone.adjectiveEn + " " + capitalise(nounEn) + " · " + tone.adjectiveZh + nounZh;
        String description =
            String.format(
                Locale.ROOT,
                "A %s %s for %s moments. 一款%s的%s，适合%s的时刻。",
                tone.adjectiveEn.toLowerCase(Locale.ROOT),
                nounEn,
                tone.emotion.wireName(),
                tone.adjectiveZh,
                nounZh,
                category.nameZh());
        Item item =
            new Item(
                id,
                title,
                description,
                List.of(category.id()),
                Map.of("tone", tone.name().toLowerCase(Locale.ROOT)),
                time);
        items.add(new DemoItem(item, c, nounEn, nounZh, tone, quality));
      }
    }
    return items;
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
