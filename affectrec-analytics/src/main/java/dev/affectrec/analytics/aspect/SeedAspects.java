package dev.affectrec.analytics.aspect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed lexicon: aspect name to the English words and Chinese terms that name it. English
 * entries match whole words (lower case); Chinese entries match as substrings. Mined terms that are
 * not listed here become aspects of their own ({@link AspectMiner}).
 */
final class SeedAspects {
  private SeedAspects() {}

  /** Aspect to its terms, in a fixed order. */
  static final Map<String, List<String>> TERMS = terms();

  private static Map<String, List<String>> terms() {
    Map<String, List<String>> t = new LinkedHashMap<>();
    t.put(
        "delivery",
        List.of(
            "delivery",
            "delivered",
            "shipping",
            "shipped",
            "shipment",
            "arrived",
            "arrival",
            "courier",
            "物流",
            "快递",
            "发货",
            "送货",
            "配送",
            "到货"));
    t.put(
        "packaging",
        List.of(
            "packaging",
            "package",
            "packaged",
            "box",
            "seal",
            "sealed",
            "leak",
            "leaked",
            "leaking",
            "leaks",
            "包装",
            "盒子"));
    t.put(
        "quality",
        List.of(
            "quality",
            "defective",
            "broken",
            "broke",
            "flimsy",
            "cheaply",
            "质量",
            "做工",
            "品质",
            "质感"));
    t.put(
        "price",
        List.of(
            "price",
            "priced",
            "expensive",
            "overpriced",
            "cost",
            "costs",
            "money",
            "value",
            "cheaper",
            "价格",
            "价钱",
            "性价比",
            "便宜",
            "贵"));
    t.put(
        "service",
        List.of(
            "service",
            "seller",
            "refund",
            "return",
            "returned",
            "support",
            "customer service",
            "客服",
            "服务",
            "售后",
            "卖家",
            "商家",
            "退货"));
    t.put(
        "size", List.of("size", "sized", "tiny", "ounce", "ounces", "oz", "尺寸", "大小", "尺码", "码数"));
    t.put(
        "smell",
        List.of(
            "smell",
            "smells",
            "smelled",
            "smelling",
            "scent",
            "scented",
            "fragrance",
            "odor",
            "odour",
            "stink",
            "stinks",
            "perfume",
            "味道",
            "气味",
            "香味",
            "异味"));
    t.put("battery", List.of("battery", "batteries", "charge", "charging", "电池", "充电", "续航"));
    t.put(
        "texture",
        List.of("texture", "greasy", "sticky", "consistency", "oily", "thick", "watery", "手感"));
    t.put(
        "skin reaction",
        List.of(
            "rash",
            "itchy",
            "itching",
            "burn",
            "burning",
            "burned",
            "irritation",
            "irritated",
            "breakout",
            "allergic",
            "过敏"));
    return t;
  }
}
