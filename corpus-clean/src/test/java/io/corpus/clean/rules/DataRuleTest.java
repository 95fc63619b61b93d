package io.corpus.clean.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.clean.Cleaner;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataRuleTest {

  private static CorpusDocument clean(RuleSpec rule, String text, String url) {
    Cleaner c = Cleaner.builder().addStep(DataRule.of(rule)).build();
    return c.clean(new RawDocument("t.txt", null, url, text, ContentType.TEXT, Map.of()));
  }

  @Test
  void phraseMatchesWholeWordsAcrossLineWrapsAndRecordsItsId() {
    RuleSpec r = new RuleSpec("promo.subscribe", "Subscribe promos", RuleKind.PHRASE, "Subscribe to our newsletter", List.of(), false);
    CorpusDocument d = clean(r, "Talks resumed. Subscribe to our\nnewsletter today. Unsubscribe to our newsletter stays.", null);
    assertThat(d.text()).isEqualTo("Talks resumed. today. Unsubscribe to our newsletter stays.");
    assertThat(d.removals()).singleElement().satisfies(rm -> {
      assertThat(rm.ruleId()).isEqualTo("promo.subscribe");
      assertThat(rm.start()).isEqualTo(15);
    });
  }

  @Test
  void lineRuleRemovesOnlyWholeMatchingLines() {
    RuleSpec r = new RuleSpec("promo.read-more", "", RuleKind.LINE, "Read the full story.{0,80}", List.of(), true);
    CorpusDocument d = clean(r, "Body one.\n\n  READ THE FULL STORY and more from Foreign Policy.  \n\nWe read the full story later.", null);
    assertThat(d.text()).isEqualTo("Body one.\n\nWe read the full story later.");
  }

  @Test
  void regexRuleRemovesEveryMatch() {
    RuleSpec r = new RuleSpec("ads", "", RuleKind.REGEX, "\\[ad:[0-9]{1,6}\\]", List.of(), false);
    assertThat(clean(r, "One [ad:12] two [ad:345] three.", null).text()).isEqualTo("One two three.");
  }

  @Test
  void siteScopedRulesApplyOnlyToTheirHosts() {
    RuleSpec r = new RuleSpec("cnas.promo", "", RuleKind.PHRASE, "Read the full story", List.of("cnas.org"), false);
    assertThat(clean(r, "A. Read the full story", "https://www.cnas.org/press/x").text()).isEqualTo("A.");
    assertThat(clean(r, "A. Read the full story", "https://example.com/x").text()).isEqualTo("A. Read the full story");
    assertThat(clean(r, "A. Read the full story", null).text()).isEqualTo("A. Read the full story");
  }

  @Test
  void nestedQuantifiersAreRejectedWhenTheFileIsLoaded() {
    String yaml = "rules:\n  - id: evil\n    kind: regex\n    pattern: '(a+)+b'\n";
    assertThatThrownBy(() -> RuleFile.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mine.yaml"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mine.yaml")
        .hasMessageContaining("evil")
        .hasMessageContaining("nested quantifier");
    assertThat(RegexSafety.problem("(?:\\w+\\s?)*x")).isNotNull();
    assertThat(RegexSafety.problem("(x|y+){2,}")).isNotNull();
    assertThat(RegexSafety.problem("(ab)+c+")).isNull();
    assertThat(RegexSafety.problem("[(+]+ \\(a+\\)+")).isNull();
    assertThat(RegexSafety.problem("(?:Read|See) more.{0,40}")).isNull();
  }

  @Test
  void aBadRegexIsReportedWithTheRuleId() {
    assertThatThrownBy(() -> DataRule.of(new RuleSpec("broken", "", RuleKind.REGEX, "(unclosed", List.of(), false)))
        .hasMessageContaining("broken")
        .hasMessageContaining("bad regex");
  }

  @Test
  void aRegexThatBacktracksBadlyIsStoppedAndKeepsTheText() {
    // Polynomial backtracking passes the load-time check; the read budget stops it.
    RuleSpec slow = new RuleSpec("slow", "", RuleKind.REGEX, "\\s*\\s*\\s*\\s*\\s*x", List.of(), false);
    String text = "word" + " ".repeat(20_000) + "end";
    long t0 = System.nanoTime();
    CorpusDocument d = clean(slow, text, null);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(d.text()).isEqualTo("word end");
    assertThat(d.removals()).isEmpty();
    assertThat(ms).as("stopped by the budget, not run to completion").isLessThan(20_000);
  }

  @Test
  void selectorRulesHaveNoTextStepButArePassedThrough() {
    RuleSpec sel = new RuleSpec("dom.nav", "", RuleKind.SELECTOR, "nav", List.of(), false);
    RuleSpec phrase = new RuleSpec("p", "", RuleKind.PHRASE, "x", List.of(), false);
    assertThat(RuleSteps.textSteps(List.of(sel, phrase))).extracting(s -> s.id()).containsExactly("p");
    assertThat(RuleSteps.selectors(List.of(sel, phrase))).containsExactly(sel);
    assertThatThrownBy(() -> DataRule.of(sel)).hasMessageContaining("selector");
  }

  @Test
  void builtInRuleFilesLoadAndEveryRuleHasADescription() {
    assertThat(RuleSteps.builtIn()).isNotEmpty().allSatisfy(r -> assertThat(r.description()).isNotBlank());
  }

  @Test
  void disablingARuleByIdTurnsItOff() {
    Cleaner c = Cleaner.builder().disable("nav.skip-link").disable("nav.skip-link-inline").build();
    assertThat(c.clean(RawDocument.text("t", "Skip to main content\n\nBody.")).text()).isEqualTo("Skip to main content\n\nBody.");
    assertThat(Cleaner.standard().clean(RawDocument.text("t", "Skip to main content\n\nBody.")).text()).isEqualTo("Body.");
  }
}
