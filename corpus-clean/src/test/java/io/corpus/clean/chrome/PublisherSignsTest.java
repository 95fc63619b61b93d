package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The publisher a page names outside its byline: the site's name above the headline (a masthead),
 * and the holder of the copyright notice in its footer (a fallback: the masthead or a byline's
 * outlet wins over it).
 */
class PublisherSignsTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String BODY = ChromeStepsTest.BODY;

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "© 2024 The Harbor City Tribune. All rights reserved.                     | The Harbor City Tribune",
    "Copyright © 2024 Lagos Daily Ledger                                      | Lagos Daily Ledger",
    "© 2026, Portfolio Legal Media LLC. All rights reserved.                  | Portfolio Legal Media LLC",
    "© 2026 Lex Bench Reporter Pvt. Ltd. All rights reserved.                 | Lex Bench Reporter Pvt. Ltd.",
    "© 2026 Courthouse Wire Media, Inc.                                       | Courthouse Wire Media, Inc.",
    "Copyright 2023 The Associated Press. All rights reserved. This material may not be published | The Associated Press",
    "Copyright © 2026 NPR. All rights reserved. Visit our website terms of use | NPR",
    "© 2024 Courthouse Ledger · About · Contact                               | Courthouse Ledger",
    "© The Hill 2021                                                          | The Hill",
    "© The Civic Data Desk                                                    | The Civic Data Desk",
    "Copyright 2023 KTVR 9 News. All rights reserved.                         | KTVR 9 News",
    "© 2019-2024 City of Millbrook. All Rights Reserved. Government Websites by CivicPlus | City of Millbrook",
    "All content © 2024 Meridian Policy Institute                             | Meridian Policy Institute",
  })
  void theHolderOfANotice(String notice, String holder) {
    assertThat(SiteFooterRemover.copyrightHolder(notice)).isEqualTo(holder);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "© 2024 All rights reserved.",
    "Copyright © 2024. All rights reserved.",
    "© The Author(s) 2024",
    "© 2024 the authors",
    "© 2023 figures from the Authors Guild show a drop in income",
    "Copyright law protects the expression of ideas, not the ideas themselves.",
    "The Harbor City Tribune",
  })
  void noHolder(String line) {
    assertThat(SiteFooterRemover.copyrightHolder(line)).isNull();
  }

  @Test
  void theFootersHolderIsThePublisherWhenNothingElseNamesOne() {
    CorpusDocument doc = clean(BODY + "\n\n© 2024 The Nairobi Observer. All rights reserved.\n");
    assertThat(doc.publisher()).isEqualTo("The Nairobi Observer");
    assertThat(doc.text()).doesNotContain("Nairobi Observer");
  }

  @Test
  void aFooterGluedToTheLastParagraphNamesItsHolder() {
    CorpusDocument doc = clean(BODY + " Privacy Policy | Terms of Use | Contact Us © 2022 The Hill. All rights reserved.\n");
    assertThat(doc.publisher()).isEqualTo("The Hill");
  }

  @Test
  void aSourceLineWinsOverTheFootersHolder() {
    CorpusDocument doc = clean("Source: Foreign Policy\n\n" + BODY + "\n\nCopyright 2023 The Associated Press. All rights reserved.\n");
    assertThat(doc.publisher()).isEqualTo("Foreign Policy");
  }

  @Test
  void aNoticeInsideTheTextNamesNoPublisher() {
    CorpusDocument doc = clean(BODY + "\n\n© 2024 The Nairobi Observer. All rights reserved.\n\n" + BODY);
    assertThat(doc.publisher()).isNull();
  }

  // --- mastheads ------------------------------------------------------------------------------

  private static final String HEADLINE = "Light-rail extension to the airport will open two years late, board says";

  @ParameterizedTest
  @ValueSource(strings = {"The Harbor City Tribune", "Coastline News", "Meridian Policy Institute", "UN News",
    "WKLR Public Radio", "KTVR 9 News", "Northern Institute of Marine Science", "TechBeat"})
  void aSiteNameAboveTheHeadlineIsThePublisher(String name) {
    CorpusDocument doc = clean(name + "\nLocal\n\n" + HEADLINE + "\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.publisher()).isEqualTo(name);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void aNameTheFooterRepeatsIsThePublisher() {
    CorpusDocument doc = clean("Sportsline\nHockey\n\n" + HEADLINE + "\n\n" + BODY
        + "\n\nKyle Rivers covers the NHL for Sportsline.");
    assertThat(doc.publisher()).isEqualTo("Sportsline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Business", "Local News", "Environment", "Privacy and Data", "Climate Crisis", "Consumer",
    "LOCAL NEWS | Transportation", "Home > News > Transport"})
  void aSectionLabelAboveTheHeadlineIsNone(String label) {
    // "Climate Crisis" and "Consumer" come again below, but at a sentence's start or in a longer name.
    CorpusDocument doc = clean(label + "\n\n" + HEADLINE + "\n\n" + BODY
        + "\n\nClimate Crisis is our series on warming. Sign up for our Consumer Watch newsletter.");
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.publisher()).isNull();
  }

  @Test
  void theMastheadWinsOverTheFootersHolder() {
    CorpusDocument doc = clean("The Lakeport Star\nNation\n\n" + HEADLINE + "\n\n" + BODY
        + "\n\nCopyright 2023 The Associated Press. All rights reserved.");
    assertThat(doc.publisher()).isEqualTo("The Lakeport Star");
  }

  // --- feeds --------------------------------------------------------------------------------

  @Test
  void wordPressFeedFooterNamesTheSite() {
    CorpusDocument doc = clean(BODY + "\n\nThe post Marina expansion wins approval appeared first on Lakeside Gazette.");
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.publisher()).isEqualTo("Lakeside Gazette");
    assertThat(SiteFooterRemover.feedPostSite("The post office appeared first on the list of closures.")).isNull();
    assertThat(SiteFooterRemover.feedPostSite("The post was read by many.")).isNull();
  }
}
