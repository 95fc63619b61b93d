package io.corpus.clean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ProseTest {

  /** The ASCII fast path of fold gives what the general fold gives, for every char and random mixes. */
  @Test
  void foldAnswersAsTheGeneralFoldDoes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = " A" + (char) c + "b  C\t";
      int code = c;
      assertEquals(Prose.foldAny(s), Prose.fold(s), () -> "U+" + Integer.toHexString(code));
    }
    Random random = new Random(20261206);
    String alphabet = "aZ09 \t\n\r\u0001\u007F\u00A0\u0130\u03A3\u200B:.";
    for (int round = 0; round < 100_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertEquals(Prose.foldAny(s), Prose.fold(s), () -> "\"" + s + "\"");
    }
  }

  /** Every char, between two letters, against the lower-cased copy's contains. */
  @Test
  void containsLowerCasedAnswersAsTheLowerCasedCopyDoes() {
    String[] needles = {"k", "i", "ib", "ai", "aib", "akb", "a b", "a", "b", "follow him"};
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      for (String needle : needles) {
        boolean expected = s.toLowerCase(java.util.Locale.ROOT).contains(needle);
        int code = c;
        assertEquals(expected, Prose.containsLowerCased(s, needle), () -> "U+" + Integer.toHexString(code) + " / " + needle);
      }
    }
    Random random = new Random(3);
    String alphabet = "fFoOlLwW hHiIeErRtTmM\u0130\u212A\u03A3@";
    for (int round = 0; round < 100_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(random.nextInt(3) == 0 ? "follow " : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String s = sb.toString();
      for (String needle : new String[] {"follow him", "follow her", "follow them"}) {
        assertEquals(s.toLowerCase(java.util.Locale.ROOT).contains(needle), Prose.containsLowerCased(s, needle), s);
      }
    }
  }


  /** Chars whose case mappings cross the ASCII boundary or are otherwise irregular. */
  private static final String TRICKY = "\u0131\u0130\u017F\u212A\u212B\u00DF\u1E9E\u00B5\u039C\u03BC\u01C5\u01C4\u01C6"
      + "\u03A3\u03C2\u03C3\u0345\u0399\u1FBE\u00E5\u00C5\u00FF\u0178";

  /** The first-char shortcut agrees with the JDK's comparison for every char against every ASCII and tricky char. */
  @Test
  void firstCharShortcutAgreesWithRegionMatchesIgnoringCase() {
    String others = asciiAnd(TRICKY);
    String[] single = new String[0x10000];
    for (int c = 0; c < single.length; c++) {
      single[c] = String.valueOf((char) c);
    }
    for (int a = 0; a < 0x10000; a++) {
      if (Character.isSurrogate((char) a)) {
        continue;
      }
      for (int k = 0; k < others.length(); k++) {
        char b = others.charAt(k);
        boolean jdk = single[a].regionMatches(true, 0, single[b], 0, 1);
        if (Prose.mayMatchIgnoringCase((char) a, b) != jdk || Prose.mayMatchIgnoringCase(b, (char) a) != jdk) {
          fail("U+" + Integer.toHexString(a) + " and U+" + Integer.toHexString(b) + ": the JDK says " + jdk);
        }
      }
    }
  }

  /** afterLabel gives what the plain regionMatches version gave, on random lines and labels. */
  @Test
  void afterLabelMatchesTheDirectComparison() {
    Random rnd = new Random(20261123);
    String alphabet = "abcAB Cz:1.'-" + TRICKY + "\uD801\uDC00\uD801\uDC28";
    String[] labels = {"Photo", "photo:", "By", "AP", "Published on", "\u0131d", "Kelvin", "SS", "\u00DF", "", "a"};
    for (int n = 0; n < 200_000; n++) {
      String label = rnd.nextInt(3) == 0 ? labels[rnd.nextInt(labels.length)] : random(rnd, alphabet, 1 + rnd.nextInt(4));
      String line = rnd.nextInt(2) == 0 && !label.isEmpty()
          ? flipCase(rnd, label) + random(rnd, alphabet, rnd.nextInt(5))
          : random(rnd, alphabet, rnd.nextInt(8));
      if (label.isEmpty() && !line.isEmpty()) {
        continue; // the direct version reads label.charAt(-1) there
      }
      assertEquals(reference(line, label), Prose.afterLabel(line, label), () -> "line \"" + line + "\", label \"" + label + "\"");
    }
  }

  /** The version before the shortcuts by the first two chars. */
  private static int reference(String line, String label) {
    if (!line.regionMatches(true, 0, label, 0, label.length())) {
      return -1;
    }
    int at = label.length();
    if (at < line.length() && Character.isLetterOrDigit(line.charAt(at)) && Character.isLetterOrDigit(label.charAt(label.length() - 1))) {
      return -1;
    }
    return at;
  }

  private static String asciiAnd(String more) {
    StringBuilder sb = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      sb.append(c);
    }
    return sb.append(more).toString();
  }

  private static String random(Random rnd, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String flipCase(Random rnd, String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isSurrogate(c) ? c : rnd.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
