package io.corpus.clean.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.corpus.clean.Cleaner;
import io.corpus.clean.internal.TextMarkup;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cleaning guarantees, over generated documents (real sentences, chrome in every variant,
 * hostile fragments, random joins) and over every real input of the fixture corpus and the seeds.
 */
class CleaningPropertiesTest {

  private static final Cleaner CLEANER = Cleaner.standard();

  private static CorpusDocument clean(String text) {
    return CLEANER.clean(RawDocument.text("generated.txt", text));
  }

  private static void check(String raw) {
    CorpusDocument once = clean(raw);
    // Idempotent: cleaning the clean text changes nothing.
    assertThat(clean(once.text()).text()).as("idempotence for %s", show(raw)).isEqualTo(once.text());
    // Deterministic.
    assertThat(clean(raw).text()).isEqualTo(once.text());
    // No text invented: output words are input words, in order (a glued input word may yield a part of itself).
    assertThat(isSubsequence(Inputs.words(once.text()), Inputs.words(raw)))
        .as("output words are a subsequence of input words for %s -> %s", show(raw), show(once.text()))
        .isTrue();
    // Offsets inside the raw text, and the raw span is the removed text modulo white space.
    for (Removal r : once.removals()) {
      assertThat(r.start()).isBetween(0, raw.length());
      assertThat(r.end()).isBetween(r.start(), raw.length());
      // (Character references in the raw text were decoded before the steps ran.)
      assertThat(squeeze(TextMarkup.decodedText(raw.substring(r.start(), r.end()))))
          .as("removal %s of %s", r, show(raw)).isEqualTo(squeeze(r.text()));
    }
  }

  /**
   * Whether every output word is part of an input word, in order, or (where a removal joined two
   * pieces with no space between them, "PelosiNancy … MORE," giving "Pelosi,") a part of one input
   * word followed by a part of a later one. Earliest matching is exact for this per-word test.
   */
  static boolean isSubsequence(List<String> out, List<String> in) {
    int j = 0;
    for (String w : out) {
      int k = j;
      while (k < in.size() && !in.get(k).contains(w)) {
        k++;
      }
      int best = k;
      for (int split = 1; split < w.length() && best > j; split++) {
        String a = w.substring(0, split);
        String b = w.substring(split);
        int x = j;
        while (x < best && !in.get(x).contains(a)) {
          x++;
        }
        int y = x + 1;
        while (y < best && !in.get(y).contains(b)) {
          y++;
        }
        if (x < best && y < best) {
          best = y;
        }
      }
      if (best >= in.size()) {
        return false;
      }
      j = best + 1;
    }
    return true;
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u00A0\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u0000-\\u001F\\u007F]+", "");
  }

  private static String show(String s) {
    return "\"" + s.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }

  /**
   * Fixed seeds, so the build is repeatable: the first, and three that found faults on 2026-12-06
   * (seams left by removals, stacked tooltips, a banner repeated after a cut-off one).
   * {@code -Dprops.seed=N -Dprops.examples=M} explores further with one seed.
   */
  @ParameterizedTest
  @ValueSource(longs = {20261123L, 7L, 11L, 13L})
  void generatedDocumentsKeepEveryGuarantee(long fixedSeed) {
    Long asked = Long.getLong("props.seed");
    if (asked != null && asked != fixedSeed && fixedSeed != 20261123L) {
      return; // exploring one seed: run it once
    }
    qt().withExamples(Integer.getInteger("props.examples", 1500))
        .withFixedSeed(asked != null ? asked : fixedSeed)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 30), longs().all())
        .checkAssert((picks, seed) -> check(Inputs.compose(picks, seed)));
  }

  @Test
  void realInputsKeepEveryGuarantee() {
    List<String> real = Inputs.realTexts();
    assertThat(real).hasSizeGreaterThan(60);
    real.forEach(CleaningPropertiesTest::check);
  }

  @Test
  void subsequenceCheckRejectsInventedAndReorderedWords() {
    assertThat(isSubsequence(List.of("a", "b"), List.of("a", "x", "b"))).isTrue();
    assertThat(isSubsequence(List.of("Blinken", "said"), List.of("BlinkenAntony", "MORE", "said"))).isTrue();
    assertThat(isSubsequence(List.of("b", "a"), List.of("a", "b"))).isFalse();
    assertThat(isSubsequence(List.of("c"), List.of("a", "b"))).isFalse();
    assertThat(isSubsequence(List.of("Pelosi,"), List.of("PelosiNancy", "MORE,"))).isTrue();
    assertThat(isSubsequence(List.of("MORE,Pelosi"), List.of("PelosiNancy", "MORE,"))).isFalse();
  }
}
