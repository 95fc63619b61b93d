package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the input said about a document becomes the document's, read as the model writes it. */
class SeedMetadataTest {

  private static final LocalDate NOV_19 = LocalDate.of(2021, 11, 19);

  private static CorpusDocument clean(Map<String, String> metadata) {
    RawDocument raw = new RawDocument("in.jsonl#1", "x", null, "Body text of the story.", ContentType.TEXT, metadata);
    return Cleaner.standard().clean(raw);
  }

  private static CorpusDocument clean(String published) {
    return clean(Map.of("published", published));
  }

  @Test
  void anIsoDateOrTimestampGivesTheDateAsWritten() {
    assertThat(clean("2021-11-19").published()).isEqualTo(NOV_19);
    assertThat(clean(" 2021-11-19T12:38:00Z ").published()).isEqualTo(NOV_19);
    assertThat(clean("2021-11-19T23:30:00-05:00").published()).isEqualTo(NOV_19);
    assertThat(clean("2021-11-19 13:39:00").published()).isEqualTo(NOV_19);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "November 19, 2021", "Nov 19, 2021", "Nov. 19, 2021 12:38 PM ET", "Fri, 19 Nov 2021 17:38:00 GMT",
        "Fri, 19 Nov 2021 17:38:00 +0000", "19 November 2021", "11/19/2021", "2021/11/19", "20211119",
        // Unix time: seconds and milliseconds, taken in UTC.
        "1637325480", "1637325480000"
      })
  void theFormsExportsAndApisWriteGiveTheDate(String value) {
    assertThat(clean(value).published()).isEqualTo(NOV_19);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-02-30", "20211319", "yesterday", "Q4 2021", "2021", "16373254800", "0", "-1637325480",
        "99999999999999", "2021-11-190", "November 2021"
      })
  void anythingElseGivesNoDateAndNoError(String value) {
    assertThat(clean(value).published()).isNull();
  }

  @Test
  void aDateTheInputDidNotStateIsStillFoundInTheText() {
    RawDocument raw = new RawDocument("in.txt", "x", null, "November 19, 2021\n\nAmid increasing alarm among U.S. officials about a"
        + " Russian military buildup near its border with Ukraine, preparations are underway for a virtual meeting.",
        ContentType.TEXT, Map.of("published", "not a date"));
    assertThat(Cleaner.standard().clean(raw).published()).isEqualTo(NOV_19);
  }

  @Test
  void titlesThatStillCarryHtmlAreReadAsText() {
    CorpusDocument doc = clean(Map.of(
        "title", "Senate passes bill &#8211; Biden&#8217;s plan advances",
        "subtitle", "<p>The Senate on Friday passed the bill &hellip;</p>\n",
        "publisher", "Smith &amp;amp; Jones",
        "authors", "Jane Doe; Ren&eacute; Roe"));
    assertThat(doc.title()).isEqualTo("Senate passes bill – Biden’s plan advances");
    assertThat(doc.subtitle()).isEqualTo("The Senate on Friday passed the bill …");
    assertThat(doc.publisher()).isEqualTo("Smith & Jones");
    assertThat(doc.authors()).containsExactly("Jane Doe", "René Roe");
  }

  @Test
  void plainTitlesStayAsTheyAre() {
    for (String title : new String[] {
      "AT&T and Q&A: what R&D means", "Barnes&noble; the &notes; of x <y> z", "Why 3 < 5 & 7 > 2", "&#0; &#xD800; &#99999999;"
    }) {
      assertThat(clean(Map.of("title", title)).title()).isEqualTo(title);
    }
  }

  @Test
  void anAuthorWithoutALetterIsNoName() {
    // WordPress's API gives the author as an account number.
    assertThat(clean(Map.of("authors", "12")).authors()).isEmpty();
    assertThat(clean(Map.of("authors", "12; Jane Doe")).authors()).containsExactly("Jane Doe");
  }
}
