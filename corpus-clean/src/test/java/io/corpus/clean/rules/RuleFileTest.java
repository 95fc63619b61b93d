package io.corpus.clean.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {

  private static List<RuleSpec> load(String yaml) throws IOException {
    return RuleFile.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "my-rules.yaml");
  }

  @Test
  void readsEveryFieldAndDefaultsTheOptionalOnes() throws IOException {
    List<RuleSpec> rules =
        load(
            """
            rules:
              - id: promo.read-more
                description: Read-more promos
                kind: line
                pattern: "Read the full story.*"
                sites: [CNAS.org]
                ignoreCase: true
              - id: skip
                kind: phrase
                pattern: Skip to main content
            """);
    assertThat(rules)
        .containsExactly(
            new RuleSpec("promo.read-more", "Read-more promos", RuleKind.LINE, "Read the full story.*", List.of("cnas.org"), true),
            new RuleSpec("skip", "", RuleKind.PHRASE, "Skip to main content", List.of(), false));
  }

  @Test
  void aPhraseRuleMayKeepThePhraseInASentenceAndNoOtherKindMay() throws IOException {
    List<RuleSpec> rules = load("""
        rules:
          - id: skip
            kind: phrase
            pattern: Skip to main content
            keepInSentence: true
        """);
    assertThat(rules.get(0).keepInSentence()).isTrue();
    assertThatThrownBy(() -> load("""
        rules:
          - id: ui
            kind: line
            pattern: "Share"
            keepInSentence: true
        """)).isInstanceOf(RuleFile.RuleFileException.class).hasMessageContaining("my-rules.yaml: rule 1 (ui): 'keepInSentence' is for phrase rules");
  }

  @Test
  void aLineRuleMayBeLimitedToShortLines() throws IOException {
    List<RuleSpec> rules = load("""
        rules:
          - id: ui
            kind: line
            pattern: "Share(?: this)?.{0,200}"
            ignoreCase: true
            maxLength: 10
        """);
    assertThat(rules.get(0).maxLength()).isEqualTo(10);
    var c = io.corpus.clean.Cleaner.builder().addStep(DataRule.of(rules.get(0))).build();
    assertThat(c.clean(io.corpus.model.RawDocument.text("t", "Share this\n\nShare this story with a friend\n\nBody.")).text())
        .isEqualTo("Share this story with a friend\n\nBody.");
    assertThatThrownBy(() -> load("rules:\n  - id: ui\n    kind: line\n    pattern: x\n    maxLength: -1\n"))
        .hasMessageContaining("my-rules.yaml").hasMessageContaining("maxLength");
  }

  @Test
  void siteScopeMatchesTheHostAndItsSubdomainsOnly() {
    RuleSpec r = new RuleSpec("x", "", RuleKind.PHRASE, "p", List.of("state.gov"), false);
    assertThat(r.appliesTo("state.gov")).isTrue();
    assertThat(r.appliesTo("www.state.gov")).isTrue();
    assertThat(r.appliesTo("notstate.gov")).isFalse();
    assertThat(r.appliesTo(null)).isFalse();
    assertThat(new RuleSpec("y", "", RuleKind.PHRASE, "p", List.of(), false).appliesTo(null)).isTrue();
  }

  @Test
  void errorsNameTheFileAndTheRule() {
    assertThatThrownBy(() -> load("rules:\n  - id: a\n    kind: banana\n    pattern: x\n"))
        .hasMessageContaining("my-rules.yaml")
        .hasMessageContaining("rule 1 (a)")
        .hasMessageContaining("unknown kind 'banana'");
    assertThatThrownBy(() -> load("rules:\n  - id: a\n    kind: phrase\n    pattern: x\n  - id: a\n    kind: phrase\n    pattern: y\n"))
        .hasMessageContaining("rule 2 (a): duplicate id");
    assertThatThrownBy(() -> load("rules:\n  - kind: phrase\n    pattern: x\n")).hasMessageContaining("'id' is missing");
    assertThatThrownBy(() -> load("rulez: []\n")).hasMessageContaining("my-rules.yaml");
    assertThatThrownBy(() -> load("nothing")).hasMessageContaining("my-rules.yaml");
  }
}
