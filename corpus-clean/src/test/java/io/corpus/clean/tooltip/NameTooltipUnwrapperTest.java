package io.corpus.clean.tooltip;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;

class NameTooltipUnwrapperTest {

  private static CorpusDocument clean(String text) {
    return Cleaner.standard().clean(RawDocument.text("t.txt", text));
  }

  @Test
  void keepsTheDisplayedNameAndWhatFollowsExactly() {
    CorpusDocument d = clean("Secretary Antony BlinkenAntony BlinkenNorth Korea conducts test MORE said on Sunday.");
    assertThat(d.text()).isEqualTo("Secretary Antony Blinken said on Sunday.");
    assertThat(d.removals()).singleElement().satisfies(r -> {
      assertThat(r.ruleId()).isEqualTo(NameTooltipUnwrapper.ID);
      assertThat(r.text()).isEqualTo("Antony BlinkenNorth Korea conducts test MORE");
    });
  }

  @Test
  void theFullNameMustRepeatTheDisplayedSurname() {
    String s = "Secretary Antony BlinkenAntony SmithNorth Korea conducts test MORE said on Sunday.";
    assertThat(clean(s).text()).isEqualTo(s);
  }

  @Test
  void aTooltipNeverSpansALineBreak() {
    String s = "Antony BlinkenAntony Blinken said it.\n\nNorth Korea conducts test MORE than before.";
    assertThat(clean(s).text()).isEqualTo(s);
  }

  @Test
  void onlyAStandaloneMoreClosesATooltip() {
    assertThat(NameTooltipUnwrapper.moreTokens("FAR MORE THAN EXPECTED")).isEmpty();
    assertThat(NameTooltipUnwrapper.moreTokens("BALTIMORE said, MOREover MORE2")).isEmpty();
    assertThat(NameTooltipUnwrapper.moreTokens("to Russia MORE said")).singleElement().satisfies(m -> assertThat(m[0]).isEqualTo(10));
    assertThat(NameTooltipUnwrapper.moreTokens("to EuropeMORE, who")).hasSize(1);
    assertThat(NameTooltipUnwrapper.moreTokens("MORE")).hasSize(1);
  }

  @Test
  void aCutOffTooltipAtTheEndGoesAndFlagsTruncation() {
    CorpusDocument d = clean("It goes to Leader Charles SchumerCharles (Chuck) Ellis SchumerSchumer calls for");
    assertThat(d.text()).isEqualTo("It goes to Leader Charles Schumer");
    assertThat(d.truncated()).isTrue();
  }

  @Test
  void aGluedNameAtTheEndThatIsNotATooltipStays() {
    String s = "The vote came late in WashingtonSen. Jane Doe";
    assertThat(clean(s).text()).isEqualTo(s);
    assertThat(clean(s).truncated()).isFalse();
  }
}
