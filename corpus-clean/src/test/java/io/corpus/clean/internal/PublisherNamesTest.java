package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublisherNamesTest {

  @Test
  void aMastheadInCapitalsTakesThePagesOwnCasing() {
    String input = "JAMAICA DAILY COURIER\nNews\nStory text.\n\u00a9 2025 Jamaica Daily Courier Ltd. All rights reserved.";
    assertThat(PublisherNames.asThePageNamesIt("JAMAICA DAILY COURIER", input)).isEqualTo("Jamaica Daily Courier");
  }

  @Test
  void capitalsTheNameIsNeverWrittenOtherwiseInStay() {
    assertThat(PublisherNames.asThePageNamesIt("NDTV", "NDTV\nStory text. NDTV reported.")).isEqualTo("NDTV");
  }

  @Test
  void aCompanysLegalFormGoesWhenThePageNamesItselfWithout() {
    String input = "Fragline\nEsports\nStory text.\n\u00a9 2024 Fragline Media Ltd.";
    assertThat(PublisherNames.asThePageNamesIt("Fragline Media Ltd.", input)).isEqualTo("Fragline");
    assertThat(PublisherNames.asThePageNamesIt("StreetNotes Inc.", "StreetNotes\nText\n\u00a9 StreetNotes Inc.")).isEqualTo("StreetNotes");
  }

  @Test
  void aLegalNameThePageNeverShortensStays() {
    String input = "Story text.\n\u00a9 2024 Beacon Media Group Ltd";
    assertThat(PublisherNames.asThePageNamesIt("Beacon Media Group Ltd", input)).isEqualTo("Beacon Media Group Ltd");
    assertThat(PublisherNames.asThePageNamesIt("Fragline Media Ltd.", "Text \u00a9 Fragline Media Ltd. and Fragline Media Ltd."))
        .isEqualTo("Fragline Media Ltd.");
    assertThat(PublisherNames.asThePageNamesIt(null, "x")).isNull();
  }
}
