package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byline, date, source and headline lines, through the standard pipeline. */
class MetadataLinesTest {

  private static final Cleaner CLEANER = Cleaner.standard();

  static final String BODY =
      "Amid increasing alarm among U.S. officials about a Russian military buildup near its border with Ukraine,"
          + " preparations are underway for a virtual meeting between the two presidents, a Kremlin spokesman said.";
  static final String BODY2 =
      "No meeting date has been set, he said, which follows an in-person summit between the two leaders in Geneva"
          + " in June, where they agreed to start talks on arms control.";

  static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  // --- headlines before lead-ins and menus --------------------------------------------------

  @Test
  void aHeadlineAboveALeadInSentenceIsTheTitle() {
    String leadIn = "The below is attributable to Spokesperson Ned Price:";
    CorpusDocument doc = clean("Secretary Blinken\u2019s Call with Foreign Minister Kuleba\n\n" + leadIn + "\n\n" + BODY);
    assertThat(doc.title()).isEqualTo("Secretary Blinken\u2019s Call with Foreign Minister Kuleba");
    assertThat(doc.text()).isEqualTo(leadIn + "\n\n" + BODY);
  }

  @Test
  void aShortLabelEndingInAColonIsNoLeadIn() {
    CorpusDocument doc = clean("Three Word Label\n\nRelated coverage:\n\n" + BODY);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith("Three Word Label");
  }

  @Test
  void aMenuOfLinksIsNoHeadline() {
    CorpusDocument doc = clean("English | Espa\u00f1ol | Fran\u00e7ais | \u0420\u0443\u0441\u0441\u043a\u0438\u0439\n\n" + BODY);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith("English | ");
  }

  // --- bylines ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Author: Dave DeCamp", "By Dave DeCamp", "BY DAVE DECAMP", "By: Dave DeCamp", "Written by Dave DeCamp",
        "Journalist Dave DeCamp", "Journalist: Dave DeCamp", "By Dave DeCamp | Antiwar.com", "By Dave DeCamp, Staff Writer"
      })
  void bylineVariantsGiveTheAuthor(String byline) {
    CorpusDocument doc = clean(byline + "\n\n" + BODY + "\n\n" + BODY2);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.authors()).hasSize(1);
    assertThat(doc.authors().get(0)).isEqualToIgnoringCase("Dave DeCamp");
  }

  @Test
  void severalAuthorsAreSplit() {
    assertThat(clean("By Amy MacKinnon, Robbie Gramer, and Jack Detsch\n\n" + BODY).authors())
        .containsExactly("Amy MacKinnon", "Robbie Gramer", "Jack Detsch");
    assertThat(clean("By Jean-Luc de la Tour & J.R. O'Neill\n\n" + BODY).authors())
        .containsExactly("Jean-Luc de la Tour", "J.R. O'Neill");
  }

  @Test
  void bylineAtTheBottomCounts() {
    CorpusDocument doc = clean(BODY + "\n\n" + BODY2 + "\n\nAuthor: Dave DeCamp");
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.authors()).containsExactly("Dave DeCamp");
  }

  @Test
  void bylineWithADateGivesBoth() {
    CorpusDocument doc = clean("By Jane Doe | Nov. 18, 2021\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Jane Doe");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 18));
    assertThat(clean("By Jane Doe on November 18, 2021\n\n" + BODY).published()).isEqualTo(LocalDate.of(2021, 11, 18));
  }

  @Test
  void featuringLinesGoButAreNoAuthors() {
    CorpusDocument doc = clean("Featuring Andrea Kendall-Taylor\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.removals()).extracting(r -> r.ruleId()).contains(BylineExtractor.FEATURING_ID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By the way, nobody expected it.", "By March, the troops had left.", "By this time it was over.",
        "By default the settings are off.", "By Tuesday night it was done.", "Author: unknown.",
        "By far the largest share went to Kyiv.", "By Dave DeCamp, who wrote the piece last year and then left.",
        "Featuring the latest news.", "By the way\u2026"
      })
  void lookAlikeBylinesStay(String line) {
    String raw = line + "\n\n" + BODY;
    assertThat(clean(raw).text()).isEqualTo(raw);
    assertThat(clean(raw).authors()).isEmpty();
  }

  @Test
  void aBylineInTheMiddleStays() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nBy Jane Doe\n\n" + BODY + "\n\n" + BODY2 + "\n\n" + BODY + "\n\n" + BODY2
        + "\n\n" + BODY + "\n\n" + BODY2 + "\n\n" + BODY + "\n\n" + BODY2 + "\n\n" + BODY;
    assertThat(clean(raw).text()).contains("By Jane Doe");
  }

  @Test
  void reportingByGivesReportersNotEditors() {
    CorpusDocument doc =
        clean(BODY + "\n\nReporting by Andrew Osborn in Moscow; Additional reporting by Humeyra Pamuk; Editing by Alex Richardson");
    assertThat(doc.authors()).containsExactly("Andrew Osborn", "Humeyra Pamuk");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  // --- date lines ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "November 18, 2021", "Nov. 18, 2021", "18 November 2021", "2021-11-18", "11/18/2021", "Published: November 18, 2021",
        "Published on Nov 18, 2021 12:38 PM ET", "Posted on November 18, 2021",
        "Published November 18, 2021 | Updated November 19, 2021"
      })
  void headerDateLinesGivePublished(String line) {
    CorpusDocument doc = clean(line + "\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 18));
  }

  @Test
  void updatedLinesGoWithoutGivingPublished() {
    CorpusDocument doc = clean("Updated: November 19, 2021\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.published()).isNull();
  }

  @Test
  void bareDatesAtTheEndStayButLabelledOnesGo() {
    assertThat(clean(BODY + "\n\nNovember 18, 2021").text()).endsWith("November 18, 2021");
    CorpusDocument doc = clean(BODY + "\n\nPublished: November 18, 2021");
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 18));
  }

  @Test
  void datesInSentencesStay() {
    String raw = "On November 18, 2021, the Kremlin said a meeting was in the works.\n\n" + BODY;
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(raw);
    assertThat(doc.published()).isNull();
  }

  @Test
  void theInputsOwnPublishedDateWins() {
    RawDocument raw =
        new RawDocument("t.txt", null, null, "November 18, 2021\n\n" + BODY, ContentType.TEXT, Map.of("published", "2021-11-20"));
    CorpusDocument doc = CLEANER.clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 20));
    assertThat(doc.text()).isEqualTo(BODY);
  }

  // --- source lines -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Source: Foreign Policy", "SOURCE: Foreign Policy", "Source: Foreign Policy.", "Publisher: Foreign Policy"})
  void sourceLinesGiveThePublisher(String line) {
    CorpusDocument doc = clean(line + "\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.publisher()).isEqualTo("Foreign Policy");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Source: a senior official said the talks had stalled.", "Source: the ministry.",
        "Source: Bureau of Labor Statistics, Current Population Survey, seasonally adjusted monthly figures for 2021."
      })
  void sourceLookAlikesStay(String line) {
    String raw = line + "\n\n" + BODY;
    assertThat(clean(raw).text()).isEqualTo(raw);
    assertThat(clean(raw).publisher()).isNull();
  }

  // --- headline and dek ---------------------------------------------------------------------

  @Test
  void headlineAndDekMoveIntoMetadata() {
    CorpusDocument doc = clean("Biden Speaks With Putin\n\nThe two leaders discussed Ukraine and arms control\n\n" + BODY);
    assertThat(doc.title()).isEqualTo("Biden Speaks With Putin");
    assertThat(doc.subtitle()).isEqualTo("The two leaders discussed Ukraine and arms control");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void headlineWithAQuestionMark() {
    CorpusDocument doc = clean("Is Putin Bluffing About Ukraine?\n\n" + BODY);
    assertThat(doc.title()).isEqualTo("Is Putin Bluffing About Ukraine?");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "QUESTION: Hello.", "The talks ended without a deal.", "Here is what he said:", "November 18, 2021 was a Thursday.",
        "Ukraine", "and then the talks resumed", "Media Note", "English Espa\u00f1ol", "Home About Press Releases",
        "News > World > Europe"
      })
  void notHeadlines(String first) {
    String raw = first + "\n\n" + BODY;
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith(first.substring(0, 5));
  }

  @Test
  void aHeadlineNeedsBodyTextAfterIt() {
    String raw = "Talks Begin in Geneva\n\nSecond round of talks begins\n\nThird line here\n\n" + BODY;
    assertThat(clean(raw).title()).isNull();
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void aShortLineInTheMiddleIsNoHeadline() {
    String raw = BODY + "\n\nThen came the second call\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
    assertThat(clean(raw).title()).isNull();
  }

  @Test
  void aKnownTitleRemovesTheEqualFirstLineOnly() {
    RawDocument same = new RawDocument("t.txt", null, null, "Biden Speaks With Putin\n\n" + BODY, ContentType.TEXT,
        Map.of("title", "Biden speaks with Putin | Antiwar.com"));
    assertThat(CLEANER.clean(same).text()).isEqualTo(BODY);
    assertThat(CLEANER.clean(same).title()).isEqualTo("Biden speaks with Putin | Antiwar.com");
    RawDocument curly = new RawDocument("t.txt", null, null, "Putin\u2019s \u201CRed Lines\u201D in Ukraine\n\n" + BODY,
        ContentType.TEXT, Map.of("title", "Putin's \"Red Lines\" in Ukraine - Foreign Policy"));
    assertThat(CLEANER.clean(curly).text()).isEqualTo(BODY);
    RawDocument other = new RawDocument("t.txt", null, null, "Talks Resume in Geneva\n\n" + BODY, ContentType.TEXT,
        Map.of("title", "Biden Speaks With Putin"));
    assertThat(CLEANER.clean(other).text()).isEqualTo("Talks Resume in Geneva\n\n" + BODY);
  }

  @Test
  void theHeaderOfSeedThreeInAnyOrder() {
    CorpusDocument doc = clean("Journalist Amy MacKinnon\n\nSource: Foreign Policy\n\nKremlin Says Second Meeting Is in the Works\n\n"
        + "Nov. 18, 2021\n\nFeaturing Andrea Kendall-Taylor\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.title()).isEqualTo("Kremlin Says Second Meeting Is in the Works");
    assertThat(doc.authors()).containsExactly("Amy MacKinnon");
    assertThat(doc.publisher()).isEqualTo("Foreign Policy");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 18));
  }
}
