package io.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus rules}, {@code corpus explain} and the rule options of {@code corpus clean}, in process. */
class RuleCommandsTest {

  @TempDir Path tmp;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static final String BANNER_DOC =
      "An official website of the United States government Here's how you know\n\n"
          + "Secretary Antony BlinkenAntony BlinkenNorth Korea conducts test MORE said talks would go on. Read the promo here.\n";

  private Path rulesFile() throws IOException {
    return write(
        "mine.yaml",
        """
        rules:
          - id: promo.read-here
            description: Promo sentences that point elsewhere
            kind: phrase
            pattern: Read the promo here.
            sites: [example.com]
        """);
  }

  @Test
  void rulesListsBuiltInJavaAndDataRulesWithDescriptionsAndTheUsersRules() throws IOException {
    CliRun r = run("rules", "--rules", rulesFile().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("ID");
    assertThat(r.out()).contains("gov-banner", "tooltip.name", "truncation.marker", "nav.skip-link");
    assertThat(r.out()).containsPattern("promo\\.read-here +phrase +chrome +example\\.com +Promo sentences that point elsewhere");
    assertThat(r.out()).containsPattern("gov-banner +java +chrome +\\* +The US-government site banner");
  }

  @Test
  void explainMarksEveryRemovedSpanWithItsRuleThenShowsTheMetadata() throws IOException {
    Path f = write("doc.txt", BANNER_DOC);
    CliRun r = run("explain", f.toString(), "--color=never");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("[-gov-banner: An official website of the United States government Here's how you know-]")
        .contains("Secretary Antony Blinken[-tooltip.name: Antony BlinkenNorth Korea conducts test MORE-] said talks")
        .contains("== metadata ==")
        .contains("truncated: false")
        .doesNotContain("\u001B[");
  }

  @Test
  void explainColoursWhenAsked() throws IOException {
    CliRun r = run("explain", write("doc.txt", BANNER_DOC).toString(), "--color=always");
    assertThat(r.out()).contains("\u001B[").contains("[gov-banner]").doesNotContain("[-gov-banner:");
  }

  @Test
  void explainAppliesUserRulesForTheGivenSiteAndHonoursDisable() throws IOException {
    Path f = write("doc.txt", BANNER_DOC);
    CliRun r = run("explain", f.toString(), "--rules", rulesFile().toString(), "--url", "https://example.com/a", "--disable", "gov-banner");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("[-promo.read-here: Read the promo here.-]").doesNotContain("[-gov-banner");
  }

  @Test
  void explainNamesAMissingFile() {
    CliRun r = run("explain", tmp.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
    assertThat(r.err()).contains("nope.txt").contains("no such file");
  }

  @Test
  void aBrokenRuleFileIsAUsageErrorNamingTheFileAndRule() throws IOException {
    Path bad = write("bad.yaml", "rules:\n  - id: evil\n    kind: regex\n    pattern: '(a+)+$'\n");
    CliRun r = run("clean", write("doc.txt", BANNER_DOC).toString(), "-o", "-", "--rules", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bad.yaml").contains("evil").contains("nested quantifier");
  }

  @Test
  void disablingAnUnknownRuleIsAUsageError() throws IOException {
    CliRun r = run("clean", write("doc.txt", BANNER_DOC).toString(), "-o", "-", "--disable", "no-such-rule");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no-such-rule");
  }

  @Test
  void cleanWithProvenanceWritesEveryRemovalWithRawOffsets() throws IOException {
    Path f = write("doc.txt", BANNER_DOC);
    CliRun r = run("clean", f.toString(), "-o", "-", "--provenance", "--disable", "tooltip.name");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode row = new ObjectMapper().readTree(r.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
    assertThat(row.get("text").asText()).startsWith("Secretary Antony BlinkenAntony BlinkenNorth Korea");
    JsonNode removal = row.get("removals").get(0);
    assertThat(removal.get("rule").asText()).isEqualTo("gov-banner");
    assertThat(BANNER_DOC.substring(removal.get("start").asInt(), removal.get("end").asInt()))
        .isEqualTo(removal.get("text").asText());
  }

  @Test
  void aRuleWhoseStepRunsTwiceIsListedOnce() {
    CliRun list = run("rules");
    assertThat(list.out().split("\n")).filteredOn(l -> l.startsWith("tooltip.name ")).hasSize(1);
  }

  @Test
  void rulePacksOnTheClassPathAreListedAndRun() throws IOException {
    CliRun list = run("rules");
    assertThat(list.out()).containsPattern("example\\.widget +java +chrome +\\* +The example pack's widget marker");
    CliRun r = run("explain", write("w.txt", "Body " + ExampleRulePack.MARKER + " text.").toString(), "--color=never");
    assertThat(r.out()).contains("[-example.widget: " + ExampleRulePack.MARKER + "-]");
    CliRun off = run("explain", write("w2.txt", "Body " + ExampleRulePack.MARKER + " text.").toString(), "--color=never", "--disable", "example.widget");
    assertThat(off.out()).doesNotContain("[-example.widget");
  }
}
