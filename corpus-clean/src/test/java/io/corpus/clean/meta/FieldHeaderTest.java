package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field dumps of news APIs, feeds and syndication exports at the top of a text. */
class FieldHeaderTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String P1 = "The port handled 498,300 containers in April, up 9% from a year earlier, the"
      + " authority said on Tuesday, as retailers moved orders forward to avoid the late-summer rush.";
  private static final String P2 = "It was the fourth consecutive month of gains at the port, the third-busiest in the"
      + " country for containers, and analysts expect the pace to hold until the autumn.";

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @Test
  void aNewsApiRecord() {
    CorpusDocument doc = clean("Source: Coastal Business Daily\nAuthor: Nadia Ferreira\n"
        + "Title: Port volumes climb 9% as retailers restock\nDescription: Traffic rose for a fourth month.\n"
        + "URL: https://example.com/a/b\nurlToImage: https://cdn.example.com/i.jpg\nPublished: 2024-05-21T14:05:00Z\n"
        + "Content:\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Port volumes climb 9% as retailers restock");
    assertThat(doc.subtitle()).isEqualTo("Traffic rose for a fourth month.");
    assertThat(doc.authors()).containsExactly("Nadia Ferreira");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 21));
    assertThat(doc.publisher()).isEqualTo("Coastal Business Daily");
  }

  @Test
  void aContentApiRecordWithItsBodyLabel() {
    CorpusDocument doc = clean("webTitle: Ferry operator orders two electric vessels\ntrailText: The boats are due in 2027\n"
        + "byline: Fiona MacAllister\nwebPublicationDate: 2024-02-10T06:00:12Z\nsectionName: UK news\n"
        + "publication: The Northern Courier\nbodyText: " + P1 + "\n\n" + P2);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Ferry operator orders two electric vessels");
    assertThat(doc.subtitle()).isEqualTo("The boats are due in 2027");
    assertThat(doc.publisher()).isEqualTo("The Northern Courier");
  }

  @Test
  void aFeedItemWithItsTitleAndAddressAbove() {
    CorpusDocument doc = clean("Marina expansion wins final approval despite concerns\nhttps://example.com/2024/08/marina/\n"
        + "dc:creator: Bryce Halvorsen\npubDate: Tue, 20 Aug 2024 16:45:00 +0000\ncategory: Local News\n\n" + P1);
    assertThat(doc.text()).isEqualTo(P1);
    assertThat(doc.title()).isEqualTo("Marina expansion wins final approval despite concerns");
    assertThat(doc.authors()).containsExactly("Bryce Halvorsen");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 8, 20));
  }

  @Test
  void aSyndicationExportInCapitals() {
    CorpusDocument doc = clean("PARTNER CONTENT\nSyndicated from The Gulf Coast Chronicle\n"
        + "HEADLINE: Shrimpers say imports drive dock prices to 20-year lows\nBYLINE: Jolene Thibodeaux & Andre Marchand\n"
        + "DATE: 08/14/2024 07:30 CDT\nWORDS: 1,146\n\n" + P1);
    assertThat(doc.text()).isEqualTo(P1);
    assertThat(doc.title()).isEqualTo("Shrimpers say imports drive dock prices to 20-year lows");
    assertThat(doc.authors()).containsExactly("Jolene Thibodeaux", "Andre Marchand");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 8, 14));
    assertThat(doc.publisher()).isEqualTo("The Gulf Coast Chronicle");
  }

  /** One known field is no dump, nor are labels the APIs do not write, nor fields below the top. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Source: Foreign Policy\n\n" + "BODY",
    "Note: the figures are provisional.\nUpdate: the council replied on Friday.\n\n" + "BODY",
    "MODERATOR: Welcome, everyone.\nQUESTION: Thank you for doing this.\n\n" + "BODY",
    "Q: Why now?\nA: Because the money ran out.\n\n" + "BODY",
    "BODY\n\nTitle: Port volumes climb\nAuthor: Nadia Ferreira\n",
    "Date: July 11, 2024\nTime: 10:00 AM\nLocation: 2318 Rayburn House Office Building\n\n" + "BODY",
  })
  void noDump(String template) {
    String raw = template.replace("BODY", P1);
    CorpusDocument doc = CLEANER.clean(RawDocument.text("t.txt", raw));
    assertThat(doc.text()).contains(P1);
    assertThat(doc.removals()).noneMatch(r -> r.ruleId().equals(FieldHeader.ID));
  }

  @Test
  void fieldsAreReadOnlyAsTheApisSpellThem() {
    assertThat(FieldHeader.field("dc:creator: Bryce Halvorsen")).isEqualTo(new FieldHeader.Field(FieldHeader.Kind.AUTHOR, "Bryce Halvorsen"));
    assertThat(FieldHeader.field("published_at: 2024-01-02")).isNotNull();
    assertThat(FieldHeader.field("Content:")).isEqualTo(new FieldHeader.Field(FieldHeader.Kind.BODY, ""));
    for (String no : List.of("Title:", "Breaking News: storm", "Author of the report: Jane", "Note: x", ": nothing",
        "Lang: eng \u00B7 Sentiment: -0.21 extra words")) {
      assertThat(FieldHeader.field(no)).as(no).isNull();
    }
  }

  @Test
  void cleaningTwiceGivesTheSame() {
    String raw = "Title: Port volumes climb 9% as retailers restock\nAuthor: Nadia Ferreira\nContent:\n\n" + P1;
    String once = clean(raw).text();
    assertThat(clean(once).text()).isEqualTo(once);
  }
}
