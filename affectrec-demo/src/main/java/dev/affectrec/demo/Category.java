package dev.affectrec.demo;

import java.util.List;

/**
 * A catalogue category with bilingual vocabulary for item names and descriptions.
 *
 * @param id stable id used in item categories, for example {@code tea}
 * @param nameZh the Chinese name of the category
 * @param nounsEn English product nouns, index-aligned with {@code nounsZh}
 * @param nounsZh Chinese product nouns
 */
record Category(String id, String nameZh, List<String> nounsEn, List<String> nounsZh) {

  /**
   * The demo catalogue's categories, one a line: id | Chinese name | English nouns | Chinese nouns
   * (nouns separated by ", ").
   */
  private static final String TABLE =
      """
      tea | 茶饮 | green tea, oolong tea, jasmine tea, black tea, herbal tea | 绿茶, 乌龙茶, 茉莉花茶, 红茶, 花草茶
      books | 图书 | novel, poetry collection, cookbook, travel guide, comic book | 小说, 诗集, 菜谱, 旅行指南, 漫画
      music | 音乐 | jazz album, piano album, rock album, lullaby album, film soundtrack | 爵士专辑, 钢琴专辑, 摇滚专辑, 摇篮曲专辑, 电影原声
      outdoor | 户外 | tent, hiking boots, rain jacket, camping stove, backpack | 帐篷, 登山鞋, 雨衣, 露营炉, 背包
      beauty | 美妆 | face cream, lip balm, shampoo, perfume, sunscreen | 面霜, 润唇膏, 洗发水, 香水, 防晒霜
      electronics | 数码 | headphones, phone charger, smart watch, speaker, e-reader | 耳机, 手机充电器, 智能手表, 音箱, 电子书阅读器
      home | 家居 | scented candle, blanket, desk lamp, coffee mug, cushion | 香薰蜡烛, 毛毯, 台灯, 咖啡杯, 靠垫
      games | 游戏 | puzzle game, board game, horror game, racing game, party game | 解谜游戏, 桌游, 恐怖游戏, 赛车游戏, 派对游戏
      """;

  /** The demo catalogue's categories, in the order of {@link #TABLE}. */
  static final List<Category> ALL = TABLE.lines().map(Category::parse).toList();

  private static Category parse(String row) {
    String[] fields = row.split(" \\| ");
    return new Category(
        fields[0], fields[1], List.of(fields[2].split(", ")), List.of(fields[3].split(", ")));
  }
}
