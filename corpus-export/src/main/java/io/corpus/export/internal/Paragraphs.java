package io.corpus.export.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a body text into paragraphs. */
public final class Paragraphs {

  private Paragraphs() {}

  /**
   * The paragraphs of {@code text}: the runs of lines between blank lines (lines that are empty or
   * hold only spaces, tabs or a carriage return). Single line breaks stay inside a paragraph; a text
   * with no words has no paragraphs. One linear scan.
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = -1; // start of the current paragraph, -1 when between paragraphs
    int lastContentEnd = -1; // end of the last non-blank line of the current paragraph
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (isBlank(text, lineStart, lineEnd)) {
        if (start >= 0) {
          out.add(text.substring(start, lastContentEnd));
          start = -1;
        }
      } else {
        if (start < 0) {
          start = lineStart;
        }
        lastContentEnd = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    if (start >= 0) {
      out.add(text.substring(start, lastContentEnd));
    }
    return out;
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
