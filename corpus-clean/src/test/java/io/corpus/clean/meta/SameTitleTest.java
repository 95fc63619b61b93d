package io.corpus.clean.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corpus.clean.internal.Prose;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The headline step's title comparison, against the version that folds the whole line first. */
class SameTitleTest {

  @Test
  void theShortcutForLongLinesChangesNoAnswer() {
    Random rnd = new Random(7);
    String alphabet = "ab Ab\u00A0\t\u2019'\u201C\"|-\u2013\u0130i\u0307\u00DF";
    String[] suffixes = {"", " | Site", " - Site", " \u2013 Site", " \u2014 Site", " :: Site", "|x"};
    int same = 0;
    for (int n = 0; n < 100_000; n++) {
      String title = random(rnd, alphabet, rnd.nextInt(12));
      String line = switch (rnd.nextInt(4)) {
        case 0 -> title;
        case 1 -> blanksAround(rnd, title) + suffixes[rnd.nextInt(suffixes.length)];
        case 2 -> title.length() > 2 ? title.substring(0, rnd.nextInt(title.length())) : title;
        default -> random(rnd, alphabet, rnd.nextInt(16));
      };
      String[] pair = rnd.nextBoolean() ? new String[] {line, title} : new String[] {title, line};
      boolean expected = reference(pair[0], pair[1]);
      same += expected ? 1 : 0;
      assertEquals(expected, HeadlineExtractor.sameTitle(pair[0], pair[1]), () -> "line \"" + pair[0] + "\", title \"" + pair[1] + "\"");
    }
    assertEquals(true, same > 10_000, "the generator makes enough matching pairs: " + same);
  }

  /**
   * The first-char shortcut, for every char as the first of the line, against the same start
   * in other cases and quote styles in the title.
   */
  @Test
  void theFirstCharShortcutChangesNoAnswerForAnyChar() {
    int same = 0;
    for (int c = 1; c <= Character.MAX_VALUE; c++) {
      String first = String.valueOf((char) c);
      String[] starts = {first, first.toUpperCase(java.util.Locale.ROOT), first.toLowerCase(java.util.Locale.ROOT),
        String.valueOf(Character.toTitleCase((char) c)), "'", "\"", "\u2019", "\u201D", "i", "I"};
      for (String start : starts) {
        for (String[] pair : new String[][] {{first + "x y", start + "x y | Site"}, {start + "x y", first + "x y"}}) {
          boolean expected = reference(pair[0], pair[1]);
          same += expected ? 1 : 0;
          assertEquals(expected, HeadlineExtractor.sameTitle(pair[0], pair[1]),
              () -> "line \"" + pair[0] + "\", title \"" + pair[1] + "\" (U+" + Integer.toHexString(pair[0].charAt(0)) + ")");
        }
      }
    }
    assertEquals(true, same > 200_000, "enough pairs match: " + same);
  }

  /** U+0130 lower-cases to two chars, so a line may be longer than the title and still fold to it. */
  @Test
  void aTitleThatLengthensWhenLowerCasedStillMatches() {
    // 9 visible chars in the line, 8 chars in the title, 10 once the title is folded.
    assertEquals(true, HeadlineExtractor.sameTitle("i\u0307i\u0307 talks", "\u0130\u0130 talks"));
  }

  private static boolean reference(String line, String title) {
    String l = plain(Prose.fold(line));
    String t = plain(Prose.fold(title));
    if (l.equals(t)) {
      return true;
    }
    if (!t.startsWith(l)) {
      return false;
    }
    String rest = t.substring(l.length());
    return rest.startsWith(" | ") || rest.startsWith(" - ") || rest.startsWith(" \u2013 ") || rest.startsWith(" \u2014 ")
        || rest.startsWith(" :: ");
  }

  private static String plain(String s) {
    return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
  }

  private static String blanksAround(Random rnd, String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" ", -1)) {
      sb.append(rnd.nextBoolean() ? "  " : "\u00A0").append(w);
    }
    return sb.toString();
  }

  private static String random(Random rnd, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
