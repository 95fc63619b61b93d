package io.corpus.clean.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hard-wrapped lines are joined back into paragraphs; line breaks an author set stay. */
class LineUnwrapperTest {

  private static final Cleaner CLEANER = Cleaner.standard();

  private static final String[] SENTENCES = {
    "The council voted on Tuesday to extend the rail line north of the river, reversing a decision it made in August.",
    "Opponents said the cost had doubled since the plan was first drawn up and that buses would serve the area sooner.",
    "The mayor said the extension would connect thirty thousand more residents to frequent transit within five years.",
    "Construction is expected to begin next spring.",
    "A report published last month found that ridership had recovered.",
    "Two members who voted against the plan in August changed their minds after the state, which had refused for a"
        + " year, promised to share the cost of the bridge.",
    "\u201cWe are closer than we were, but we are not close,\u201d the committee\u2019s chair told reporters after the session.",
    "If there is no agreement by July, the project will be delayed by at least a year, according to the city\u2019s engineers.",
    "The vote was seven to four.",
    "Nobody on the council expected that.",
    "The state transportation department, which will pay for about a third of the work under an agreement reached in"
        + " March after two years of negotiations, said it would publish a schedule for the remaining stations once the"
        + " environmental review is complete.",
    "Residents of the neighborhoods along the route, many of whom spoke at a hearing that lasted until after midnight,"
        + " were divided.",
  };

  private static String clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw)).text();
  }

  /** Greedy wrapping at {@code width}, as mail clients and {@code fmt} do it. */
  static String wrap(String paragraph, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : paragraph.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  private static List<String> paragraphs(Random random, int count) {
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      StringBuilder sb = new StringBuilder();
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        sb.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
      }
      paragraphs.add(sb.toString());
    }
    return paragraphs;
  }

  @Test
  void wrappedParagraphsAreJoinedAtEveryWidth() {
    Random random = new Random(20261206);
    for (int round = 0; round < 200; round++) {
      int width = 40 + random.nextInt(110);
      List<String> paragraphs = paragraphs(random, 3 + random.nextInt(4));
      String raw = String.join("\n\n", paragraphs.stream().map(p -> wrap(p, width)).toList());
      assertThat(clean(raw)).as("width %d: %s", width, raw).isEqualTo(String.join("\n\n", paragraphs));
    }
  }

  @Test
  void oneParagraphPerLineIsNoWrappedText() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<String> lines = new ArrayList<>();
      for (int i = 0, n = 3 + random.nextInt(10); i < n; i++) {
        // Whole sentences, one or a few per line, as a flattened page gives them.
        String s = SENTENCES[random.nextInt(SENTENCES.length)];
        lines.add(random.nextBoolean() || s.length() < 60 ? s : s.substring(0, s.indexOf(' ', 30)) + ".");
      }
      String raw = String.join("\n", lines);
      assertThat(clean(raw)).as(raw).isEqualTo(String.join("\n\n", lines));
    }
  }

  @Test
  void aBreakAfterAHyphenBetweenLettersLeavesNoSpace() {
    String p = "The Senate voted on Tuesday to confirm the nominee after a months-long delay, ending a standoff"
        + " that had frozen the committee's work since the spring and kept dozens of cases waiting for a hearing.";
    String raw = "The Senate voted on Tuesday to confirm the nominee after a months-\nlong delay, ending a standoff"
        + " that had frozen the\ncommittee's work since the spring and kept dozens of cases waiting\nfor a hearing.";
    assertThat(LineUnwrapper.wrapWidth(raw)).isPositive();
    assertThat(clean(raw + "\n\n" + wrap(p, 66))).isEqualTo(p + "\n\n" + p);
  }

  @ParameterizedTest
  @ValueSource(strings = {"- a dashed item", "* a starred item", "\u2022 a bulleted item", "1. a numbered item",
      "12) a numbered item", "a) a lettered item", "> a quoted line", "# A heading", "| a | table |",
      "QUESTION: And the talks?", "SECRETARY BLINKEN: Well, thank you."})
  void aLineThatStartsABlockIsNotJoined(String block) {
    String p = String.join(" ", SENTENCES[0], SENTENCES[1], SENTENCES[2]);
    String wrapped = wrap(p, 60);
    String[] lines = wrapped.split("\n");
    // The block sits where the next word would not have fitted.
    String raw = wrapped + "\n" + block + "\n\n" + wrapped;
    assertThat(lines.length).isGreaterThan(3);
    assertThat(clean(raw)).isEqualTo(p + "\n\n" + block + "\n\n" + p);
  }

  @Test
  void withoutBlankLinesASentenceEndOverACapitalMayEndAParagraph() {
    // "…in August." fills the line; in a text whose paragraphs are not set apart by blank lines,
    // the break after it may be a paragraph's end, so it stays. Breaks inside sentences go.
    String raw = "The council voted on Tuesday to extend the rail line north of\nthe river, reversing a decision it made in"
        + " August.\nOpponents said the cost had doubled since the plan was first\ndrawn up and that buses would serve the"
        + " area sooner, and that the\nstate had not yet promised to share the cost.";
    assertThat(LineUnwrapper.wrapWidth(raw)).isPositive();
    assertThat(clean(raw)).isEqualTo("The council voted on Tuesday to extend the rail line north of the river, reversing a"
        + " decision it made in August.\n\nOpponents said the cost had doubled since the plan was first drawn up and that"
        + " buses would serve the area sooner, and that the state had not yet promised to share the cost.");
  }

  @Test
  void aLineEndingInAColonIsNotJoined() {
    String p = String.join(" ", SENTENCES[0], SENTENCES[1], SENTENCES[3]);
    String raw = wrap(p, 64) + "\n\nThe committee\u2019s statement said the following, in full, on its website:\n"
        + "Members agreed to meet again.";
    assertThat(clean(raw)).endsWith("on its website:\n\nMembers agreed to meet again.");
  }

  @Test
  void bylinesAndDateLinesStayLinesOfTheirOwn() {
    String p = String.join(" ", SENTENCES[0], SENTENCES[1], SENTENCES[2], SENTENCES[3]);
    String headline = "Council votes to extend the rail line north of the river after cost fight";
    String raw = headline + "\nBy Marcus Leblanc and Priya Raman, City Hall reporters | November 5, 2024\n" + wrap(p, 76);
    CorpusDocument doc = CLEANER.clean(RawDocument.text("t.txt", raw));
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.authors()).containsExactly("Marcus Leblanc", "Priya Raman");
    assertThat(doc.text()).isEqualTo(p);
  }

  @Test
  void theFirstLineOverACapitalIsNotJoinedUnlessItEndsASentence() {
    String p = String.join(" ", SENTENCES[1], SENTENCES[2], SENTENCES[3]);
    String first = "Council votes to extend the rail line north of the river after long fight";
    String raw = first + "\n" + wrap(p, first.length() + 2);
    CorpusDocument doc = CLEANER.clean(RawDocument.text("t.txt", raw));
    assertThat(doc.title()).isEqualTo(first);
    assertThat(doc.text()).isEqualTo(p);
    // Off the top of the document the same two lines are a wrap.
    assertThat(clean(wrap(p, 70) + "\n\n" + raw)).startsWith(p + "\n\n" + first + " " + p.substring(0, 20));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A poem: lines end at punctuation.
        "The tide comes in across the stones,\nand takes the names we wrote in sand;\nit leaves the gulls, it leaves the"
            + " bones,\nit leaves the harbour wall to stand.\nWe built it higher every year,\nand every year the water came.",
        // An address and a list.
        "Claims Department\nNorth Valley Power Cooperative\n1200 Mill Road\nFairview, OR 97024\nUnited States",
        // Headlines of a list, of every length.
        "Council votes to extend rail line\nMayor says the cost will be shared with the state after months of talks\n"
            + "Ridership recovers\nEngineers warn of a delay of a year if no agreement is reached by July\nWeather",
      })
  void linesAnAuthorBrokeStay(String raw) {
    assertThat(LineUnwrapper.wrapWidth(raw)).isEqualTo(-1);
    assertThat(clean(raw)).isEqualTo(raw.replace("\n", "\n\n"));
  }

  @Test
  void theRuleCanBeTurnedOff() {
    String p = String.join(" ", SENTENCES[0], SENTENCES[1], SENTENCES[2]);
    String raw = wrap(p, 60) + "\n\n" + wrap(p, 60);
    p = p + "\n\n" + p;
    String off = Cleaner.builder().disable(LineUnwrapper.ID).build().clean(RawDocument.text("t", raw)).text();
    assertThat(off).isEqualTo(raw.replace("\n\n", "\n").replace("\n", "\n\n"));
    assertThat(clean(raw)).isEqualTo(p);
  }

  @Test
  void longInputIsLinear() {
    // 2 MB of wrapped text and 2 MB of one-char lines: one pass each, no quadratic scan.
    String p = String.join(" ", SENTENCES);
    String wrapped = (wrap(p, 72) + "\n\n").repeat(2_000_000 / (p.length() + 2));
    assertThat(clean(wrapped)).startsWith(SENTENCES[0]);
    String lines = "a\n".repeat(1_000_000);
    assertThat(LineUnwrapper.wrapWidth(lines)).isEqualTo(-1);
  }

  @Test
  void aRunningHeaderWithBarsIsNeverJoinedToTheProseAroundIt() {
    String p = String.join(" ", SENTENCES[0], SENTENCES[1], SENTENCES[2], SENTENCES[3]);
    String[] lines = wrap(p, 66).split("\n");
    String header = "Rethinking Freight Rail Investment | Great Lakes Policy Center | 2";
    String raw = String.join("\n", java.util.Arrays.copyOf(lines, 2)) + "\n" + header + "\n"
        + String.join("\n", java.util.Arrays.copyOfRange(lines, 2, lines.length)) + "\n\n" + wrap(p, 66);
    assertThat(clean(raw)).contains("\n\n" + header + "\n\n").doesNotContain(header + " ").endsWith(p);
  }
}
