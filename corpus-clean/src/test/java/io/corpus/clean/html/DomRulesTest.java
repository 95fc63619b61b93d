package io.corpus.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.clean.rules.RuleKind;
import io.corpus.clean.rules.RuleSpec;
import io.corpus.model.Removal;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class DomRulesTest {

  private static Document parse(String html) {
    return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
  }

  private static RuleSpec selector(String id, String pattern, List<String> sites) {
    return new RuleSpec(id, "test rule " + id, RuleKind.SELECTOR, pattern, sites, false);
  }

  @Test
  void builtInRulesAreSelectorsWithDescriptions() {
    assertThat(DomRules.builtInSpecs()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RuleKind.SELECTOR);
      assertThat(r.id()).startsWith("dom.");
      assertThat(r.description()).isNotBlank();
    });
    assertThat(DomRules.builtInSpecs()).extracting(RuleSpec::id)
        .contains("dom.gov-banner", "dom.name-tooltip", "dom.skip-link", "dom.cookie-banner", "dom.share-bar",
            "dom.newsletter", "dom.related", "dom.footer");
  }

  @Test
  void tooltipPopupIsRemovedAndTheNameStays() {
    String html =
        "<p>Secretary of State <span class=\"rollover-people\"><a class=\"rollover-people-link\" href=\"/people/antony-blinken/\">Antony Blinken</a>"
            + "<span class=\"rollover-people-block\"><span class=\"rollover-block-title\">Antony Blinken</span>"
            + "<span class=\"rollover-people-block-content\"><a href=\"/x\">North Korea conducts test</a> "
            + "<a class=\"rollover-people-block-link\" href=\"/people/antony-blinken/\">MORE</a></span></span></span> said on Sunday.</p>";
    Document doc = parse(html);
    List<Removal> removed = DomRules.builtIn().apply(doc, "thehill.com");

    assertThat(doc.body().text()).isEqualTo("Secretary of State Antony Blinken said on Sunday.");
    assertThat(removed).singleElement().satisfies(r -> {
      assertThat(r.ruleId()).isEqualTo("dom.name-tooltip");
      assertThat(r.text()).isEqualTo("Antony BlinkenNorth Korea conducts test MORE");
      String span = html.substring(r.start(), r.end());
      assertThat(span).startsWith("<span class=\"rollover-people-block\">").endsWith("MORE</a></span></span>");
    });
  }

  @Test
  void govBannerVariantsAreRemovedWithSourceOffsets() {
    String section =
        "<body><section class=\"usa-banner\" aria-label=\"Official website of the United States government\"><div class=\"usa-accordion\">"
            + "<header class=\"usa-banner__header\"><p class=\"usa-banner__header-text\">An official website of the United States government</p>"
            + "<button class=\"usa-accordion__button usa-banner__button\"><span class=\"usa-banner__button-text\">Here's how you know</span></button>"
            + "</header></div></section><p>Body text.</p></body>";
    String div = "<body><div class=\"usa-banner\"><header class=\"usa-banner-header\"><p>An official website of the United States Government</p></header></div><p>Body text.</p></body>";
    String cms = "<body><section class=\"ds-c-usa-banner\" aria-label=\"Official website of the United States government\"><p>An official website of the United States government</p></section><p>Body text.</p></body>";
    for (String html : List.of(section, div, cms)) {
      Document doc = parse(html);
      List<Removal> removed = DomRules.builtIn().apply(doc, null);
      assertThat(doc.body().text()).isEqualTo("Body text.");
      assertThat(removed).singleElement().satisfies(r -> {
        assertThat(r.ruleId()).isEqualTo("dom.gov-banner");
        assertThat(r.text()).startsWith("An official website of the United States");
        assertThat(html.substring(r.start(), r.end())).matches("(?s)<(section|div).*</(section|div)>");
      });
    }
  }

  @Test
  void nestedMatchesAreRecordedOnce() {
    Document doc = parse("<div class=\"share-bar\"><div class=\"share-buttons\"><a>Share</a></div></div><p>Text.</p>");
    List<Removal> removed = DomRules.builtIn().apply(doc, null);
    assertThat(removed).extracting(Removal::ruleId).containsExactly("dom.share-bar");
  }

  @Test
  void siteScopedRuleAppliesOnlyToItsHosts() {
    DomRules rules = DomRules.of(List.of(selector("site.promo", "div.promo-box", List.of("example.com"))));
    String html = "<div class=\"promo-box\">Subscribe now</div><p>Story.</p>";

    Document onSite = parse(html);
    assertThat(rules.apply(onSite, "news.example.com")).hasSize(1);
    assertThat(onSite.body().text()).isEqualTo("Story.");

    Document elsewhere = parse(html);
    assertThat(rules.apply(elsewhere, "example.org")).isEmpty();
    assertThat(rules.apply(parse(html), "notexample.com")).isEmpty();
    assertThat(rules.apply(parse(html), null)).isEmpty();
    assertThat(elsewhere.body().text()).contains("Subscribe now");
  }

  @Test
  void otherKindsAreIgnoredAndDisabledIdsDropped() {
    RuleSpec phrase = new RuleSpec("p.one", "a phrase", RuleKind.PHRASE, "Read more", List.of(), true);
    RuleSpec sel = selector("s.one", "aside", List.of());
    DomRules rules = DomRules.of(List.of(phrase, sel));
    assertThat(rules.specs()).containsExactly(sel);
    assertThat(rules.without(java.util.Set.of("s.one")).specs()).isEmpty();
  }

  @Test
  void invalidSelectorNamesTheRule() {
    assertThatThrownBy(() -> DomRules.of(List.of(selector("bad.one", "div[class=", List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.one")
        .hasMessageContaining("div[class=");
  }

  @Test
  void elementWithoutEndTagEndsAtItsLastDescendant() {
    String html = "<body><div class=\"usa-banner\"><p>An official website of the United States government";
    Document doc = parse(html);
    Removal r = DomRules.builtIn().apply(doc, null).get(0);
    assertThat(r.start()).isEqualTo(html.indexOf("<div"));
    assertThat(r.end()).isEqualTo(html.length());
  }
}
