package dev.affectrec.recommend.content;

import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import dev.affectrec.recommend.model.UserHistories;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Embeds every item's text once. The catalogue is the matrix's items followed by items that only
 * have text (cold items: they can be recommended before anyone engaged with them). Items without
 * text get a zero embedding and score 0. Thread-safe if the encoder is.
 */
public final class ContentTrainer extends ConfiguredTrainer<ContentConfig, ContentModel> {
  private final TextEncoder encoder;
  private final Map<String, String> itemTexts;

  /**
   * @param config never null
   * @param encoder never null
   * @param itemTexts item id to text (title and description), never null
   */
  public ContentTrainer(ContentConfig config, TextEncoder encoder, Map<String, String> itemTexts) {
    super("content", config);
    this.encoder = Objects.requireNonNull(encoder, "encoder is required");
    this.itemTexts = Map.copyOf(Objects.requireNonNull(itemTexts, "itemTexts is required"));
  }

  @Override
  protected ContentModel fit(InteractionMatrix data, Clock clock) {
    List<String> ids = new ArrayList<>(data.items().ids());
    itemTexts.keySet().stream()
        .filter(id -> data.items().indexOf(id) < 0)
        .sorted()
        .forEach(ids::add);
    IdIndex items = IdIndex.of(ids);
    int d = encoder.dimension();
    float[] embeddings = new float[items.size() * d];
    for (int i = 0; i < items.size(); i++) {
      String text = itemTexts.get(items.id(i));
      if (text != null) {
        float[] e = Embeddings.normalized(encoder.encode(text));
        if (e.length != d) {
          throw new IllegalStateException(
              "encoder returned " + e.length + " values for item " + items.id(i) + ", not " + d);
        }
        System.arraycopy(e, 0, embeddings, i * d, d);
      }
    }
    float[] popularity = java.util.Arrays.copyOf(Popularity.counts(data), items.size());
    return new ContentModel(
        data.users(),
        items,
        popularity,
        provenance(data, 0, clock),
        d,
        embeddings,
        UserHistories.of(data, config.binary()));
  }
}
