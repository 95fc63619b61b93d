package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MastheadTest {

  @ParameterizedTest
  @ValueSource(strings = {"AdLine", "TechBeat", "GeekWire", "ProPublica"})
  void brands(String word) {
    assertThat(Masthead.isBrand(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"McCain", "MacLeod", "DeShawn", "Reuters", "Matchday", "NPR"})
  void noBrands(String word) {
    assertThat(Masthead.isBrand(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Home > News", "Breaking: storm hits", "Sign up now.", "By Jane Doe, staff", "the daily grind",
    "One Two Three Four Five Six Seven Eight Nine", "Politics | Congress", "(Updated)"})
  void noNameShape(String line) {
    assertThat(Masthead.hasNameShape(line)).isFalse();
  }

  @Test
  void namedAgainOnlyMidSentenceAndAsAWholeName() {
    assertThat(Masthead.namedAgain("Sportsline", "Rivers covers the NHL for Sportsline.")).isTrue();
    assertThat(Masthead.namedAgain("Reuters", "SANTIAGO, April 17 (Reuters) - Lithium")).isTrue();
    assertThat(Masthead.namedAgain("Policy Byte", "\u00A9 2024 Policy Byte")).isTrue();
    assertThat(Masthead.namedAgain("Climate", "It rained.\nClimate scientists say")).isFalse();
    assertThat(Masthead.namedAgain("Climate", "It rained. Climate scientists say")).isFalse();
    assertThat(Masthead.namedAgain("Consumer", "Sign up for our Consumer Watch newsletter")).isFalse();
    assertThat(Masthead.namedAgain("Byte", "for Bytes")).isFalse();
    assertThat(Masthead.namedAgain("TechBeat", "Download TechBeat today")).isFalse();
  }
}
