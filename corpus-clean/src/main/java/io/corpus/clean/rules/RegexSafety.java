package io.corpus.clean.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Rejects regular expressions that can take exponential time: a group that holds an unbounded
 * quantifier ({@code *}, {@code +}, {@code {n,}}) and is itself repeated ({@code (a+)+}, {@code
 * (\w*\s?)*}, {@code (?:x+|y){2,}}). What passes may still be slow on hostile text (polynomial
 * backtracking); {@link DataRule} bounds that at run time with an access budget.
 */
final class RegexSafety {

  private RegexSafety() {}

  /** Why the pattern is unsafe, or null when it passes. */
  static @Nullable String problem(String regex) {
    Deque<boolean[]> groups = new ArrayDeque<>();
    boolean[] top = {false};
    boolean lastGroupUnbounded = false;
    boolean lastWasGroup = false;
    int n = regex.length();
    for (int i = 0; i < n; i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < n && regex.charAt(i + 1) == 'Q') {
          int e = regex.indexOf("\\E", i + 2);
          i = e < 0 ? n : e + 1;
        } else {
          i++;
        }
        lastWasGroup = false;
        continue;
      }
      if (c == '[') {
        i = classEnd(regex, i);
        lastWasGroup = false;
        continue;
      }
      if (c == '(') {
        groups.push(top);
        top = new boolean[] {false};
        lastWasGroup = false;
        continue;
      }
      if (c == ')') {
        lastGroupUnbounded = top[0];
        top = groups.isEmpty() ? new boolean[] {false} : groups.pop();
        // the outer group holds whatever the inner one held
        top[0] |= lastGroupUnbounded;
        lastWasGroup = true;
        continue;
      }
      boolean unbounded = c == '*' || c == '+' || (c == '{' && isOpenRepeat(regex, i));
      boolean repeat = unbounded || (c == '{' && isRepeatAboveOne(regex, i));
      if (repeat && lastWasGroup && lastGroupUnbounded) {
        return "nested quantifier at offset " + i + " (a repeated group that contains * or +): "
            + "it can take exponential time on hostile text; bound the inner or the outer repetition";
      }
      if (unbounded) {
        top[0] = true;
      }
      if (c == '{') {
        int close = regex.indexOf('}', i);
        i = close < 0 ? i : close;
      }
      // a quantifier's own modifiers (?, +) keep the group context
      if (!(repeat || ((c == '?' || c == '+') && i > 0 && "*+?}".indexOf(regex.charAt(i - 1)) >= 0))) {
        lastWasGroup = false;
      }
    }
    return null;
  }

  private static int classEnd(String r, int i) {
    int j = i + 1;
    if (j < r.length() && r.charAt(j) == '^') {
      j++;
    }
    if (j < r.length() && r.charAt(j) == ']') {
      j++;
    }
    while (j < r.length() && r.charAt(j) != ']') {
      if (r.charAt(j) == '\\') {
        j++;
      }
      j++;
    }
    return Math.min(j, r.length() - 1);
  }

  private static boolean isOpenRepeat(String r, int i) {
    int close = r.indexOf('}', i);
    return close > 0 && r.substring(i + 1, close).matches("\\d+,");
  }

  private static boolean isRepeatAboveOne(String r, int i) {
    int close = r.indexOf('}', i);
    if (close < 0) {
      return false;
    }
    String body = r.substring(i + 1, close);
    if (!body.matches("\\d+(,\\d*)?")) {
      return false;
    }
    String[] parts = body.split(",", -1);
    int max = parts.length == 1 ? Integer.parseInt(parts[0]) : parts[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
    return max > 1;
  }
}
