package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Headers of the news layouts the seventh held-out check (set I) brought: a broadsheet's site and a newsletter site's. */
class NewsLayoutsTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String P1 = "On a gray Tuesday morning last week, the 7:10 ferry from Rockaway never arrived. Riders on the pier "
      + "learned from a text alert that the boat had been pulled from service with an engine problem.";
  private static final String P2 = "It was the fourth cancellation on the route that week, and part of a pattern that has frustrated "
      + "commuters across the city\u2019s ferry network this winter.";

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @Test
  void aBroadsheetsHeaderWithGiftPromptsGluedCreditAndUpdateTimeGoes() {
    String raw = "Skip to content\nSkip to site index\nAdvertisement\nSKIP ADVERTISEMENT\nSupported by\n"
        + "Ferry Riders Are Waiting Longer as the City\u2019s Fleet Ages\n"
        + "Breakdowns have pulled boats out of service on four routes this winter, and replacements are at least two years away.\n"
        + "Share full article\nSend any friend a story\n"
        + "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.\n"
        + "Commuters waited on the pier in Rockaway on Tuesday after a boat was taken out of service.Credit...Sofia Marchetti for The Ledger\n"
        + "By Nadia Okonkwo and Peter Vasquez-Lund\nReporting from the Rockaway and St. George ferry terminals\n"
        + "March 8, 2024\nUpdated 5:02 p.m. ET\n" + P1 + "\n" + P2 + "\n"
        + "Nadia Okonkwo covers transportation for The Ledger\u2019s Metro desk. More about Nadia Okonkwo\n"
        + "See more on: Economic Development Corporation\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Ferry Riders Are Waiting Longer as the City\u2019s Fleet Ages");
    assertThat(doc.subtitle()).startsWith("Breakdowns have pulled boats");
    assertThat(doc.authors()).containsExactly("Nadia Okonkwo", "Peter Vasquez-Lund");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 8));
  }

  @Test
  void aNewsletterWritersLineAndADateWithItsSectionAreRead() {
    String raw = "Gist\n\nLocal   Pro   Newsletters   Events\n\nEnergy & Environment\n\n"
        + "Utilities pile into rate hike requests as grid costs soar\n\nAlicia Brandt, author of Gist Generate\n\n"
        + "Apr 9, 2024 - Energy & Environment\n\n" + P1 + "\n\n" + P2;
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Utilities pile into rate hike requests as grid costs soar");
    assertThat(doc.authors()).containsExactly("Alicia Brandt");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 4, 9));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated figures from the port show 5:02 p.m. arrivals are now the norm.",
    "Reporting from the border, she found that most of the crossings had closed by noon.",
    "March 9, 2026 - the day the council voted - was the coldest of the year.",
    "The photographer wrote that the boat was out of service.Credit where it is due, the crew stayed on."})
  void theirLookAlikesInTheBodyStay(String line) {
    String raw = P1 + "\n\n" + line + "\n\n" + P2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated 5:02 p.m. ET", "Updated 11:20 AM GMT"})
  void anUpdateTimeAloneIsADateLineWithNoDate(String line) {
    DateLineExtractor.DateLine d = DateLineExtractor.parse(line);
    assertThat(d).isNotNull();
    assertThat(d.published()).isNull();
  }

  @Test
  void aBroadcastersHeaderWithALongDekAndAGluedDateIsRead() {
    String raw = "Skip next section Navigation\nSkip to content\nRheinwelle\nLive TV\nScience\n"
        + "Why Germany\u2019s storks are staying closer to home\n"
        + "More white storks are skipping the long flight to Africa. Researchers think landfills and milder winters are changing "
        + "an ancient migration.\nLena Hoffmann\n05/07/2024May 7, 2024\n" + P1 + "\n" + P2 + "\nEdited by: Matthias Brandt\n"
        + "Send us your feedback\n";
    CorpusDocument doc = clean(raw);
    // The numeric twin reads day first (5 July); the written date is the one.
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 7));
    assertThat(doc.title()).isEqualTo("Why Germany\u2019s storks are staying closer to home");
    assertThat(doc.text()).endsWith(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"An official website of the State of New Mexico.", "An official website of the State of Colorado Here\u2019s how you know",
    "Edited by: Matthias Brandt",
    "list of 3 items", "list 2 of 3 list 3 of 3", "end of list", "Send us your feedback", "share2",
    "Click here to share on social media", "Skip next section Related topics"})
  void moreFurnitureGoes(String line) {
    assertThat(clean(P1 + "\n\n" + line + "\n\n" + P2).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"It was an official website of the State of New Mexico, the lawyer said, and it had been hacked.",
    "Edited by hand, the film ran to four hours.", "The end of list prices came in March."})
  void furnitureLookAlikesStay(String line) {
    String raw = P1 + "\n\n" + line + "\n\n" + P2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"By Dana Whitcombe and Luis Ferrante | 03/27/2024 05:00 AM EDT f x in \u2709",
    "By: Dana Whitcombe - Correspondent / @DanaWDispatch"})
  void bylinesWithShareIconsOrAHandleAfterTheRoleAreRead(String byline) {
    CorpusDocument doc = clean("Senate appropriators eye shipyard money in stopgap talks\n\n" + byline + "\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.authors()).startsWith("Dana Whitcombe");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aPapersNameOverItsDateIsNoAuthor() {
    CorpusDocument doc = clean("Iloilo council bans single-use plastics in public markets starting June\n\n"
        + "Philippine Daily Beacon / 04:12 PM March 19, 2024\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 19));
  }

  @Test
  void shareIconsAreCutOnlyWhenTwoOrMoreEndTheLine() {
    assertThat(BylineExtractor.withoutShareIcons("By Jane Doe | May 1 f x in")).isEqualTo("By Jane Doe | May 1");
    assertThat(BylineExtractor.withoutShareIcons("By Jane Doe in")).isEqualTo("By Jane Doe in");
  }
}
