package io.corpus.clean.banner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link GovBannerRemover#withBareMarkupLines} passes over the chars of a removed span in one
 * jump; this compares it with a walk over every char, on random texts of markdown and words with
 * random, possibly overlapping spans.
 */
class BareMarkupLinesTest {

  @Test
  void sameLinesAsReadingEveryChar() {
    Random random = new Random(20261123);
    String[] pieces = {"|", " | ", "-", "*", "> ", "#", ":", " ", "\t", "\u00A0", "\n", "\n", "word", "An official", "|---|"};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(14);
      for (int k = 0; k < parts; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = sb.toString();
      List<int[]> spans = new ArrayList<>();
      int count = random.nextInt(4);
      for (int k = 0; k < count; k++) {
        int s = random.nextInt(t.length() + 1);
        int e = s + random.nextInt(t.length() - s + 1);
        spans.add(new int[] {s, e});
      }
      spans.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
      assertEquals(render(everyChar(t, spans)), render(GovBannerRemover.withBareMarkupLines(t, spans)),
          () -> "text " + t.replace("\n", "\\n") + " spans " + render(spans));
    }
  }

  private static String render(List<int[]> spans) {
    StringBuilder sb = new StringBuilder();
    for (int[] s : spans) {
      sb.append('[').append(s[0]).append(',').append(s[1]).append(')');
    }
    return sb.toString();
  }

  /** The earlier version, which looked at every char of a line, spans included. */
  private static List<int[]> everyChar(String t, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans);
    if (spans.isEmpty()) {
      return out;
    }
    int sp = 0;
    int lineStart = 0;
    int n = t.length();
    while (lineStart <= n && sp < spans.size()) {
      int lineEnd = t.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (spans.get(sp)[0] < lineEnd || (spans.get(sp)[0] == lineEnd && lineEnd == n)) {
        boolean touched = false;
        boolean bare = true;
        int q = sp;
        for (int x = lineStart; x < lineEnd && bare; x++) {
          while (q < spans.size() && spans.get(q)[1] <= x) {
            q++;
          }
          if (q < spans.size() && spans.get(q)[0] <= x) {
            touched = true;
          } else if ("|-*+>#: \t\u00A0".indexOf(t.charAt(x)) < 0) {
            bare = false;
          }
        }
        if (touched && bare) {
          out.add(new int[] {lineStart, lineEnd});
          int sepEnd = GovBannerRemover.tableSeparatorAfter(t, lineStart, lineEnd);
          if (sepEnd > 0) {
            out.add(new int[] {lineEnd + 1, sepEnd});
          }
        }
      }
      while (sp < spans.size() && spans.get(sp)[1] <= lineEnd) {
        sp++;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }
}
