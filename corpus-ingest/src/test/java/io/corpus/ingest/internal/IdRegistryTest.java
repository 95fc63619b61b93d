package io.corpus.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdRegistryTest {

  @Test
  void keepsFreshIdsAndNumbersRepeatsPastTakenNames() {
    IdRegistry ids = new IdRegistry();
    assertThat(ids.claim("a")).isEqualTo("a");
    assertThat(ids.claim("a-2")).isEqualTo("a-2");
    assertThat(ids.claim("a")).isEqualTo("a-3");
    assertThat(ids.claim("a")).isEqualTo("a-4");
    assertThat(ids.claim("")).isEqualTo("");
    assertThat(ids.claim("")).isEqualTo("-2");
  }

  @Test
  void manyDistinctIdsAreKeptAsTheyAreAcrossTableGrowth() {
    IdRegistry ids = new IdRegistry();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      String id = Long.toHexString(i * 0x9E3779B97F4A7C15L);
      assertThat(seen.add(id)).isTrue();
      assertThat(ids.claim(id)).isEqualTo(id);
    }
    assertThat(ids.claim(Long.toHexString(7 * 0x9E3779B97F4A7C15L))).endsWith("-2");
  }

  @Test
  void firstFreeSaysWhatClaimWouldGiveAndRegistersNothing() {
    IdRegistry ids = new IdRegistry();
    assertThat(ids.firstFree("a")).isEqualTo("a");
    assertThat(ids.firstFree("a")).isEqualTo("a");
    assertThat(ids.claim("a")).isEqualTo("a");
    assertThat(ids.firstFree("a")).isEqualTo("a-2");
    assertThat(ids.firstFree("a")).isEqualTo("a-2");
    assertThat(ids.claim("a")).isEqualTo("a-2");
    assertThat(ids.firstFree("a")).isEqualTo("a-3");
    assertThat(ids.firstFree("")).isEqualTo("");
  }
}
