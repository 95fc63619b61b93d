package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.rules.RuleListing;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Removal;
import org.junit.jupiter.api.Test;

/** A rule that a step runs beside its own (meta.featuring, meta.reading-time) is listed and can be turned off alone. */
class SubRulesTest {

  private static final String BODY = "Amid increasing alarm among U.S. officials about a Russian military buildup near its"
      + " border with Ukraine, preparations are underway for a virtual meeting between the two presidents.";

  private static String text(Cleaner c, String raw) {
    return c.clean(RawDocument.text("t", raw)).text();
  }

  @Test
  void readingTimeLinesGoUnlessTheirRuleIsOff() {
    String raw = "By Jane Doe\n\n4 min read\n\n" + BODY;
    CorpusDocument on = Cleaner.standard().clean(RawDocument.text("t", raw));
    assertThat(on.text()).isEqualTo(BODY);
    assertThat(on.removals()).extracting(Removal::ruleId).contains("meta.reading-time", "meta.byline");
    String off = text(Cleaner.builder().disable("meta.reading-time").build(), raw);
    assertThat(off).isEqualTo("4 min read\n\n" + BODY);
  }

  @Test
  void featuringLinesGoUnlessTheirRuleIsOff() {
    String raw = "Featuring Andrea Kendall-Taylor\n\n" + BODY;
    assertThat(text(Cleaner.standard(), raw)).isEqualTo(BODY);
    assertThat(text(Cleaner.builder().disable("meta.featuring").build(), raw)).startsWith("Featuring Andrea Kendall-Taylor");
  }

  @Test
  void aTitleCaseHeadlineWithAPlaceIsStillAHeadline() {
    // It has the shape of "Julian Borger in Washington", an unlabelled byline; only labelled
    // bylines, date lines and reading times are kept from being titles.
    CorpusDocument doc = Cleaner.standard().clean(RawDocument.text("t",
        "Pentagon Reviews Troop Movement Bottlenecks in Europe\n\nBy Jack Detsch\n\n" + BODY));
    assertThat(doc.title()).isEqualTo("Pentagon Reviews Troop Movement Bottlenecks in Europe");
    assertThat(doc.authors()).containsExactly("Jack Detsch");
  }

  @Test
  void eachRuleIsListedOnce() {
    assertThat(RuleListing.of(Cleaner.standard())).extracting(RuleListing.Entry::id)
        .contains("meta.featuring", "meta.reading-time", "meta.byline", "meta.date-line")
        .doesNotHaveDuplicates();
  }
}
