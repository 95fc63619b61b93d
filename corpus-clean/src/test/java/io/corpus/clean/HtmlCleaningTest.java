package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.rules.RuleKind;
import io.corpus.clean.rules.RuleSpec;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Removal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTML pages through the whole cleaner. The fixtures are HTML versions of seed documents (see
 * {@code src/test/resources/html/README.md}); their clean text must equal the seed's expected
 * text, the same target the text version of each seed is cleaned to.
 */
class HtmlCleaningTest {

  private static String resource(String path) throws IOException {
    try (InputStream in = HtmlCleaningTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CorpusDocument clean(Cleaner cleaner, String html) {
    return cleaner.clean(RawDocument.html("page.html", html));
  }

  @Test
  void theHillTooltipsGiveTheSeedsCleanText() throws IOException {
    String html = resource("/html/thehill-tooltips.html");
    CorpusDocument doc = clean(Cleaner.standard(), html);

    assertThat(doc.text()).isEqualTo(resource("/seeds/expected/000_7509addc9c888e67.txt").strip());
    assertThat(doc.title()).isEqualTo("Face-to-face meeting between Biden and Putin 'unlikely' says Blinken");
    assertThat(doc.authors()).containsExactly("Jordan Williams");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2022, 1, 23));
    assertThat(doc.publisher()).isEqualTo("TheHill");
    assertThat(doc.language()).isEqualTo("en");
    assertThat(doc.url()).startsWith("https://thehill.com/policy/international/591516-");

    List<Removal> popups = doc.removals().stream().filter(r -> r.ruleId().equals("dom.name-tooltip")).toList();
    assertThat(popups).hasSize(4).allSatisfy(r -> {
      assertThat(html.substring(r.start(), r.end())).startsWith("<span class=\"rollover-people-block\">").endsWith("</span>");
      assertThat(r.text()).endsWith("MORE");
    });
    assertThat(popups).extracting(Removal::text)
        .anySatisfy(t -> assertThat(t).startsWith("Charles (Chuck) David Todd"));
  }

  @Test
  void stateGovBannersGiveTheSeedsCleanText() throws IOException {
    for (String[] pair :
        new String[][] {
          {"/html/state-gov-banner-section.html", "/seeds/expected/001_f5834fc9157b8525.txt"},
          {"/html/state-gov-banner-div.html", "/seeds/expected/004_e3dec4a5ebb36c4b.txt"}
        }) {
      String html = resource(pair[0]);
      CorpusDocument doc = clean(Cleaner.standard(), html);
      assertThat(doc.text()).as(pair[0]).isEqualTo(resource(pair[1]).strip());
      assertThat(doc.publisher()).isEqualTo("United States Department of State");
      assertThat(doc.title()).startsWith("Secretary Antony J. Blinken With");
      assertThat(doc.turns()).isNotEmpty();

      Removal banner = doc.removals().stream().filter(r -> r.ruleId().equals("dom.gov-banner")).findFirst().orElseThrow();
      assertThat(banner.text()).startsWith("An official website of the United States Government");
      assertThat(html.substring(banner.start(), banner.end())).startsWith("<").contains("usa-banner").endsWith(">");
    }
  }

  @Test
  void textRuleRemovalsAfterExtractionPointIntoTheHtml() {
    String html = "<html><body><article><p>Alpha beta gamma delta epsilon zeta eta theta iota kappa.</p>"
        + "<p>Second paragraph with more words in it, so that the page has a body.</p></article></body></html>";
    CleanStep dropGamma = CleanStep.of("test.gamma", "removes the word gamma", Phase.CHROME, d -> {
      int at = d.text().indexOf("gamma ");
      if (at >= 0) {
        d.remove(at, at + "gamma ".length());
      }
    });
    CorpusDocument doc = clean(Cleaner.builder().addStep(dropGamma).build(), html);
    assertThat(doc.text()).startsWith("Alpha beta delta epsilon");
    Removal r = doc.removals().stream().filter(x -> x.ruleId().equals("test.gamma")).findFirst().orElseThrow();
    assertThat(html.substring(r.start(), r.end())).isEqualTo("gamma ");
  }

  @Test
  void userSelectorRulesHonourSiteScopeAndDisable() throws IOException {
    String html = resource("/html/thehill-tooltips.html");
    RuleSpec lead = new RuleSpec("user.first-paragraph", "drops the first paragraph (test)", RuleKind.SELECTOR,
        "div.field-item > p:first-child", List.of("thehill.com"), false);
    CorpusDocument scoped = clean(Cleaner.builder().addSelectorRules(List.of(lead)).build(), html);
    assertThat(scoped.text()).startsWith("Blinken appeared on NBC");

    RuleSpec elsewhere = new RuleSpec("user.other-site", "same rule, other site", RuleKind.SELECTOR,
        "div.field-item > p:first-child", List.of("example.org"), false);
    CorpusDocument unscoped = clean(Cleaner.builder().addSelectorRules(List.of(elsewhere)).build(), html);
    assertThat(unscoped.text()).startsWith("Secretary of State Antony Blinken said");

    // Without the DOM rule the popups reach the text, where the text tooltip step removes them.
    CorpusDocument withoutDomRule = clean(Cleaner.builder().disable("dom.name-tooltip").build(), html);
    assertThat(withoutDomRule.removals()).noneMatch(r -> r.ruleId().equals("dom.name-tooltip"));
    assertThat(withoutDomRule.removals()).anyMatch(r -> r.text().contains("MORE"));
    assertThat(withoutDomRule.text()).isEqualTo(clean(Cleaner.standard(), html).text());
  }

  // The criterion of the HTML work: an HTML page and the flattened text of the same page clean to
  // the same text and turns.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "/html/thehill-tooltips.html, /seeds/raw/000_7509addc9c888e67.txt",
    "/html/state-gov-banner-section.html, /seeds/raw/001_f5834fc9157b8525.txt",
    "/html/state-gov-banner-div.html, /seeds/raw/004_e3dec4a5ebb36c4b.txt"
  })
  void htmlAndTextVersionsOfTheSeedsCleanToTheSameText(String htmlPage, String textPage) throws IOException {
    CorpusDocument fromHtml = clean(Cleaner.standard(), resource(htmlPage));
    CorpusDocument fromText = Cleaner.standard().clean(RawDocument.text(textPage, resource(textPage)));
    assertThat(fromHtml.text()).isEqualTo(fromText.text());
    assertThat(fromHtml.turns()).isEqualTo(fromText.turns());
  }

  @Test
  void metadataTheInputCarriedWinsOverThePage() throws IOException {
    String html = resource("/html/thehill-tooltips.html");
    RawDocument raw = new RawDocument("hill.html", null, null, html, ContentType.HTML, Map.of("title", "Title from the CSV"));
    assertThat(Cleaner.standard().clean(raw).title()).isEqualTo("Title from the CSV");
  }

  @Test
  void deterministicAndIdempotent() throws IOException {
    Cleaner cleaner = Cleaner.standard();
    for (String page : List.of("/html/thehill-tooltips.html", "/html/state-gov-banner-section.html")) {
      String html = resource(page);
      CorpusDocument once = clean(cleaner, html);
      assertThat(clean(cleaner, html)).isEqualTo(once);
      assertThat(cleaner.clean(RawDocument.text("again.txt", once.text())).text()).isEqualTo(once.text());
    }
  }

  @Test
  void deeplyNestedPagesNeitherOverflowNorStall() {
    // Hostile markup: tens of thousands of open elements, and ad slots nested in ad slots.
    int depth = 50_000;
    String html = "<html><body>" + "<div class=\"ad-slot\">".repeat(3) + "<div>".repeat(depth)
        + "<p>Text at the bottom of a very deep page, with commas, clauses and enough words.</p>"
        + "</div>".repeat(depth) + "</div>".repeat(3) + "<article><p>The article itself, with a sentence long enough to be prose, and a comma.</p></article></body></html>";
    CorpusDocument doc = clean(Cleaner.standard(), html);
    assertThat(doc.text()).contains("The article itself");
    assertThat(doc.removals()).filteredOn(r -> r.ruleId().equals("dom.ad-slot")).hasSize(1);
  }

  @Test
  void removalsStayInsideTheRawInput() throws IOException {
    String html = resource("/html/state-gov-banner-div.html");
    CorpusDocument doc = clean(Cleaner.standard(), html);
    assertThat(doc.removals()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.start()).isBetween(0, html.length());
      assertThat(r.end()).isBetween(r.start(), html.length());
    });
  }
}
