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

  /** The demo catalogue's categories. */
  static final List<Category> ALL =
      List.of(
          new Category(
              "tea",
              "茶饮",
              List.of("green tea", "oolong tea", "jasmine tea", "black tea", "herbal tea"),
              List.of("绿茶", "乌龙茶", "茉莉花茶", "红茶", "花草茶")),
          new Category(
              "books",
              "图书",
              List.of("novel", "poetry collection", "cookbook", "travel guide", "comic book"),
              List.of("小说", "诗集", "菜谱", "旅行指南", "漫画")),
          new Category(
              "music",
              "音乐",
              List.of(
                  "jazz album", "piano album", "rock album", "lullaby album", "film soundtrack"),
              List.of("爵士专辑", "钢琴专辑", "摇滚专辑", "摇篮曲专辑", "电影原声")),
          new Category(
              "outdoor",
              "户外",
              List.of("tent", "hiking boots", "rain jacket", "camping stove", "backpack"),
              List.of("帐篷", "登山鞋", "雨衣", "露营炉", "背包")),
          new Category(
              "beauty",
              "美妆",
              List.of("face cream", "lip balm", "shampoo", "perfume", "sunscreen"),
              List.of("面霜", "润唇膏", "洗发水", "香水", "防晒霜")),
          new Category(
              "electronics",
              "数码",
              List.of("headphones", "phone charger", "smart watch", "speaker", "e-reader"),
              List.of("耳机", "手机充电器", "智能手表", "音箱", "电子书阅读器")),
          new Category(
              "home",
              "家居",
              List.of("scented candle", "blanket", "desk lamp", "coffee mug", "cushion"),
              List.of("香薰蜡烛", "毛毯", "台灯", "咖啡杯", "靠垫")),
          new Category(
              "games",
              "游戏",
              List.of("puzzle game", "board game", "horror game", "racing game", "party game"),
              List.of("解谜游戏", "桌游", "恐怖游戏", "赛车游戏", "派对游戏")));
}
