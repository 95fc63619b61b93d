package io.corpus.export.internal;

/**
 * The OOXML string escape ({@code ST_Xstring}): a character XML 1.0 cannot hold is written {@code
 * _xHHHH_}, and an underscore that would start such an escape is written {@code _x005F_}, so that
 * Excel and LibreOffice show exactly the original. fastexcel leaves both to the caller (it drops
 * control characters silently and writes {@code _x0041_} as is, which Excel shows as {@code A}).
 */
final class Ooxml {

  private Ooxml() {}

  static String escape(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !needsEscape(s, i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (needsEscape(s, i)) {
        sb.append("_x").append(String.format("%04X", (int) c)).append('_');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c == '_') {
      return looksLikeEscape(s, i);
    }
    return (c < 0x20 && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF'; // CR too, as Excel writes it
  }

  /** Whether {@code _xHHHH_} starts at {@code i}. */
  private static boolean looksLikeEscape(String s, int i) {
    if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
