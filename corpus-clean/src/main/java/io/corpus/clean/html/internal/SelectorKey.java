package io.corpus.clean.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the subject of a CSS selector (its last compound, the element it selects) must have: an
 * id, a class or a tag; {@code ANY} when it names none (e.g. {@code [id^=ad-]}). Only a prefilter:
 * candidates are always checked against the full selector. Immutable.
 *
 * @param kind what {@code value} is
 * @param value the lower-cased id, class or tag; empty for {@code ANY}
 */
public record SelectorKey(Kind kind, String value) {

  /** What the key names. */
  public enum Kind {
    ID,
    CLASS,
    TAG,
    ANY
  }

  private static final SelectorKey ANY = new SelectorKey(Kind.ANY, "");

  /** The key of one selector without top-level commas. */
  public static SelectorKey of(String selector) {
    String subject = subject(selector.strip());
    String id = null;
    String cls = null;
    String tag = null;
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < subject.length(); i++) {
      char c = subject.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        depth--;
      } else if (depth == 0 && (c == '#' || c == '.')) {
        int end = identEnd(subject, i + 1);
        if (end > i + 1) {
          String v = subject.substring(i + 1, end).toLowerCase(Locale.ROOT);
          if (c == '#' && id == null) {
            id = v;
          } else if (c == '.' && cls == null) {
            cls = v;
          }
        }
        i = end - 1;
      } else if (depth == 0 && i == 0 && isIdentChar(c)) {
        int end = identEnd(subject, 0);
        tag = subject.substring(0, end).toLowerCase(Locale.ROOT);
        i = end - 1;
      }
    }
    if (id != null) {
      return new SelectorKey(Kind.ID, id);
    }
    if (cls != null) {
      return new SelectorKey(Kind.CLASS, cls);
    }
    if (tag != null && !tag.contains("|")) {
      return new SelectorKey(Kind.TAG, tag);
    }
    return ANY;
  }

  /** The selector's top-level comma-separated groups. */
  public static List<String> splitGroups(String selector) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(selector.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(selector.substring(start).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  /** The last compound of a selector: after the last top-level combinator. */
  private static String subject(String s) {
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        depth--;
      } else if (depth == 0 && (Character.isWhitespace(c) || c == '>' || c == '+' || c == '~')) {
        start = i + 1;
      }
    }
    return s.substring(start).strip();
  }

  private static int identEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isIdentChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isIdentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '|' || c > 127;
  }
}
