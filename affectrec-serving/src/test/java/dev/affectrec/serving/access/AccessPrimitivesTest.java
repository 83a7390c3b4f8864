package dev.affectrec.serving.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPrimitivesTest {
  @Test
  void keysAreRandomPrefixedAndHashedStably() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      keys.add(ApiKeys.generate());
    }
    assertThat(keys).hasSize(100).allSatisfy(k -> assertThat(ApiKeys.looksLikeKey(k)).isTrue());
    String key = keys.iterator().next();
    assertThat(ApiKeys.hash(key)).hasSize(64).isEqualTo(ApiKeys.hash(key)).doesNotContain(key);
    assertThat(ApiKeys.id(key)).hasSize(12).isEqualTo(ApiKeys.hash(key).substring(0, 12));
    // SHA-256("abc"), a published test vector.
    assertThat(ApiKeys.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(ApiKeys.looksLikeKey("Bearer x")).isFalse();
  }

  @Test
  void pseudonymsAreStableKeyedAndIrreversible() {
    Pseudonymiser a = new Pseudonymiser("0123456789abcdef-secret");
    Pseudonymiser b = new Pseudonymiser("another-secret-of-16+");
    assertThat(a.pseudonym("alice"))
        .isEqualTo(a.pseudonym("alice"))
        .startsWith("p_")
        .hasSize(34)
        .doesNotContain("alice");
    assertThat(a.pseudonym("alice"))
        .isNotEqualTo(a.pseudonym("bob"))
        .isNotEqualTo(b.pseudonym("alice"));
    assertThatThrownBy(() -> new Pseudonymiser("short")).hasMessageContaining("16");
  }

  @Test
  void adminPermitsEverythingOthersOnlyThemselves() {
    assertThat(Role.ADMIN.permits(Role.INGEST)).isTrue();
    assertThat(Role.READ.permits(Role.INGEST)).isFalse();
    assertThat(Role.INGEST.permits(Role.INGEST)).isTrue();
    assertThat(Role.fromWireName("read")).contains(Role.READ);
    assertThat(Role.fromWireName("root")).isEmpty();
  }
}
