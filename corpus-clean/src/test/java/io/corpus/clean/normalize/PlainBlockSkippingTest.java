package io.corpus.clean.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Cleaner;
import io.corpus.clean.OnlySteps;
import io.corpus.clean.Phase;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normalizer passes over blocks of words and single spaces without reading them run by run.
 * Skipping must change nothing: on random texts of words, spaces, line breaks and every other kind
 * of blank, at every block alignment, the step with skipping and the step that reads every run
 * make the same text and the same removals, in both of its modes. And the paragraph step, which
 * after the early step reads only line breaks and the places later steps edited, makes what
 * reading the whole text makes, whatever those steps removed or inserted.
 */
class PlainBlockSkippingTest {

  private static final String[] PIECES = {
    "word", "a", "Longer", "sentence.", "x", "\u2019s", "\u201cquote\u201d", " ", " ", " ", " ", "  ", "\n", "\n\n",
    "\n\n\n", " \n", "\n ", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\u2028", "\u3000", "\ufeff", "\u000b"
  };

  @Test
  void skippingPlainBlocksChangesNothing() {
    Random random = new Random(20261123);
    for (boolean paragraphs : new boolean[] {false, true}) {
      Phase phase = paragraphs ? Phase.FINISH : Phase.NORMALIZE;
      Cleaner skipping = only(new WhitespaceNormalizer(paragraphs, phase, true));
      Cleaner reading = only(new WhitespaceNormalizer(paragraphs, phase, false));
      for (int i = 0; i < 4000; i++) {
        String raw = randomText(random);
        CorpusDocument a = skipping.clean(RawDocument.text("t", raw).withId("t"));
        CorpusDocument b = reading.clean(RawDocument.text("t", raw).withId("t"));
        assertThat(a.text()).as("text of %s", escape(raw)).isEqualTo(b.text());
        assertThat(a.removals()).isEqualTo(b.removals());
      }
    }
  }

  @Test
  void aBlankAtAnyPlaceOfALongPlainTextIsFound() {
    // One odd blank at each position of a text made of 32-char blocks: the block that holds it,
    // and the one before it (which reads one char past its end), must not be passed over.
    String plain = "one two three four five six seven eight nine ten eleven twelve thirteen".repeat(3);
    Cleaner skipping = only(new WhitespaceNormalizer(false, Phase.NORMALIZE, true));
    for (String blank : new String[] {"  ", "\u00a0", "\t", " \n", "\n"}) {
      for (int at = 0; at <= plain.length(); at++) {
        String raw = plain.substring(0, at) + blank + plain.substring(at);
        String expected = (plain.substring(0, at).strip() + (blank.equals("\n") || blank.equals(" \n") ? "\n" : " ")
                + plain.substring(at).strip())
            .strip()
            .replace(" \n", "\n")
            .replace("\n ", "\n")
            .replace("  ", " ");
        assertThat(skipping.clean(RawDocument.text("t", raw).withId("t")).text())
            .as("blank %s at %d", escape(blank), at)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void readingOnlyWhatChangedSinceTheEarlyStepChangesNothing() {
    List<CleanStep> shortcuts = List.of(
        new WhitespaceNormalizer(false, Phase.NORMALIZE, true), randomEdits("edits-1"), randomEdits("edits-2"),
        new WhitespaceNormalizer(true, Phase.FINISH, true));
    List<CleanStep> readAll = List.of(
        new WhitespaceNormalizer(false, Phase.NORMALIZE, false), randomEdits("edits-1"), randomEdits("edits-2"),
        new WhitespaceNormalizer(true, Phase.FINISH, false));
    Cleaner a = pipeline(shortcuts);
    Cleaner b = pipeline(readAll);
    Random random = new Random(1123);
    int changed = 0;
    for (int i = 0; i < 6000; i++) {
      String raw = randomText(random);
      CorpusDocument x = a.clean(RawDocument.text("t", raw).withId("t"));
      CorpusDocument y = b.clean(RawDocument.text("t", raw).withId("t"));
      assertThat(x.text()).as("text of %s", escape(raw)).isEqualTo(y.text());
      assertThat(x.removals()).isEqualTo(y.removals());
      changed += x.removals().isEmpty() ? 0 : 1;
    }
    assertThat(changed).as("documents the random steps edited").isGreaterThan(3000);
  }

  /**
   * A step that removes a few random spans and inserts a few blanks, the same for the same text:
   * removals leave the seams (two spaces, a blank at an end, a space by a line break) that the
   * paragraph step must mend.
   */
  private static CleanStep randomEdits(String id) {
    return CleanStep.of(id, "random edits", Phase.CHROME, draft -> {
      String t = draft.text();
      Random r = new Random(t.hashCode() * 31L + id.hashCode());
      int pos = 0;
      while (pos < t.length() && r.nextInt(4) != 0) {
        int s = pos + r.nextInt(Math.min(30, t.length() - pos));
        int e = Math.min(t.length(), s + 1 + r.nextInt(12));
        if (r.nextInt(5) == 0) {
          draft.normalize(s, s, r.nextBoolean() ? " " : "\n");
        } else {
          draft.remove(s, e);
        }
        pos = e + 1;
      }
    });
  }

  private static Cleaner pipeline(List<CleanStep> steps) {
    return OnlySteps.of(steps);
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(120);
    for (int k = 0; k < pieces; k++) {
      // Mostly words and single spaces, as in real text, so that many blocks are plain.
      int p = random.nextInt(10) < 7 ? random.nextInt(7) : random.nextInt(PIECES.length);
      sb.append(PIECES[p]);
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  private static Cleaner only(WhitespaceNormalizer step) {
    return OnlySteps.of(step);
  }
}
