package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Print headers and counters run into a sentence at a page break (the fifth held-out check). */
class PrintChromeInlineTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String TITLE = "City weighs fare-free buses as ridership rebounds";
  private static final String P1 = "The city council will vote next month on a pilot that would make three bus routes free to"
      + " ride, officials said on Friday, as ridership climbs back toward its level before the pandemic.";

  private static String clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw)).text();
  }

  @Test
  void aChromeHeaderInsideASentence() {
    String raw = TITLE + "\n\n" + P1 + "\n\nA staff report estimates the trial would cost the city 3/4/24, 9:15 AM " + TITLE
        + " | Harbor City Ledger about $6.3 million in lost fare revenue.";
    assertThat(clean(raw)).endsWith("would cost the city about $6.3 million in lost fare revenue.");
  }

  @Test
  void aUkStampedHeaderInsideASentence() {
    String title = "Why Britain\u2019s allotment waiting lists keep growing";
    String raw = title + "\n\n" + P1 + "\n\nPlots are most needed in dense 04/03/2024, 21:15 " + title
        + " | The Northern Ledger urban areas, where land is scarce.";
    assertThat(clean(raw)).endsWith("Plots are most needed in dense urban areas, where land is scarce.");
  }

  @Test
  void aStampInProseStays() {
    String raw = TITLE + "\n\n" + P1 + "\n\nThe council met on 3/4/24, 9:15 AM sharp, and voted on the plan before lunch.";
    assertThat(clean(raw)).endsWith("The council met on 3/4/24, 9:15 AM sharp, and voted on the plan before lunch.");
  }

  @Test
  void aBareCounterInsideASentenceWhenThePrintoutCountsItsPages() {
    String raw = P1 + "\n\nPage 2 of 5\n\nThe team found that Page 3 of 5 roughly two-thirds of residents were renters.";
    assertThat(clean(raw)).endsWith("The team found that roughly two-thirds of residents were renters.");
  }

  @Test
  void aLoneCounterInProseStays() {
    String raw = P1 + "\n\nThe auditors said that Page 3 of 5 listed the missing payments in a table.";
    assertThat(clean(raw)).endsWith("The auditors said that Page 3 of 5 listed the missing payments in a table.");
  }

  @Test
  void aSubstackHeaderWithItsAuthorInsideASentence() {
    String raw = "The ferry math\n\n" + P1 + "\n\nYou need roughly 3/4/24, 9:15 AM The ferry math - by Odile Brennan - Harbor Lines"
        + " four full crews to cover shifts.";
    assertThat(clean(raw)).endsWith("You need roughly four full crews to cover shifts.");
  }

  @Test
  void aShortSubscribeLineGoes() {
    assertThat(clean(P1 + "\n\nSubscribe to The Meridian Review")).isEqualTo(P1);
    assertThat(clean(P1 + "\n\nSubscribe to the Courier for $1 a week.")).isEqualTo(P1);
    String prose = P1 + "\n\nSubscribe to the idea that a city can run buses for free and the budget follows.";
    assertThat(clean(prose)).isEqualTo(prose);
  }
}
