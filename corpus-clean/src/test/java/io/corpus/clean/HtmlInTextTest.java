package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Removal;
import io.corpus.clean.rules.RuleListing;
import org.junit.jupiter.api.Test;

/** What a scraper left of HTML in a text field: markup is read as a page, references decoded. */
class HtmlInTextTest {

  private static final String PARAS =
      "<p>The Senate on Friday passed the bill by a vote of 52 to 48, sending it to the House.</p>\n"
          + "<p>&ldquo;This is a good day,&rdquo; the majority leader said after the vote.</p>";

  @Test
  void textThatIsMarkupIsReadAsAPage() {
    CorpusDocument doc = Cleaner.standard().clean(RawDocument.text("a.jsonl#1", PARAS));
    assertThat(doc.text()).isEqualTo("The Senate on Friday passed the bill by a vote of 52 to 48, sending it to the House.\n\n"
        + "“This is a good day,” the majority leader said after the vote.");
    CorpusDocument br = Cleaner.standard().clean(RawDocument.text("b", "The Senate passed the bill.<br><br>The House votes next week, aides said."));
    assertThat(br.text()).isEqualTo("The Senate passed the bill.\n\nThe House votes next week, aides said.");
  }

  @Test
  void proseAboutTagsStaysText() {
    String prose = "To start a paragraph, type <p> and end it with </p>; x<y holds.";
    assertThat(Cleaner.standard().clean(RawDocument.text("c", prose)).text()).isEqualTo(prose);
  }

  @Test
  void referencesInPlainTextAreDecodedAndRemovalsStillPointIntoTheRawText() {
    String raw = "Skip to main content\n\nBiden&#8217;s plan &mdash; the Senate&#39;s &quot;answer&quot; &amp;amp; more.";
    CorpusDocument doc = Cleaner.standard().clean(RawDocument.text("d", raw));
    assertThat(doc.text()).isEqualTo("Biden’s plan — the Senate's \"answer\" & more.");
    Removal skip = doc.removals().get(0);
    assertThat(raw.substring(skip.start(), skip.end())).isEqualTo("Skip to main content");
    // Cleaning the clean text again changes nothing.
    assertThat(Cleaner.standard().clean(RawDocument.text("d", doc.text())).text()).isEqualTo(doc.text());
  }

  @Test
  void bothCanBeTurnedOffAndAreListed() {
    Cleaner off = Cleaner.builder().disable(Cleaner.HTML_IN_TEXT).disable(Cleaner.CHARACTER_REFERENCES).build();
    assertThat(off.clean(RawDocument.text("e", "<p>One.</p><p>Two &amp; three.</p>")).text())
        .isEqualTo("<p>One.</p><p>Two &amp; three.</p>");
    assertThat(RuleListing.of(Cleaner.standard())).extracting(RuleListing.Entry::id)
        .contains(Cleaner.HTML_IN_TEXT, Cleaner.CHARACTER_REFERENCES);
    assertThat(RuleListing.of(off)).extracting(RuleListing.Entry::id)
        .doesNotContain(Cleaner.HTML_IN_TEXT, Cleaner.CHARACTER_REFERENCES);
  }
}
