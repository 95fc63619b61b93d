package io.corpus.clean.internal;

import java.util.Arrays;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Tag;
import org.jspecify.annotations.Nullable;

/**
 * HTML left in what an input calls text: markup (a scraper that stored an element's HTML in its
 * {@code text} field: {@code <p>…</p><p>…</p>}, {@code …<br><br>…}) and character references
 * ({@code Biden&#8217;s}, {@code AT&amp;T}, {@code &nbsp;}, escaped twice as {@code &amp;#8217;}).
 *
 * <p>Both are told conservatively, so that prose about HTML stays as it is: a tag counts only when
 * it is whole and names an element HTML knows ({@code <p>}, {@code </em>}, {@code <br/>}, {@code
 * <a href="…">}: attributes need an '=' before the '>'), and a reference only when it ends in its
 * semicolon and is a name HTML knows or a valid code point ("AT&T", "R&D;" and "&notes;" stay).
 *
 * <p>Stateless and thread-safe. Every scan is linear: each '<' is looked at up to the next '<' or
 * 200 chars, each '&' up to its ';' or 34 chars.
 */
public final class TextMarkup {

  /** How far past a tag's name its '>' is looked for. */
  private static final int MAX_TAG = 200;
  /** How far past an '&' its ';' is looked for: the longest name, CounterClockwiseContourIntegral, has 31 letters. */
  private static final int MAX_REFERENCE = 34;

  private TextMarkup() {}

  /** Text decoded from character references, with the raw offset of each of its chars. */
  public record Decoded(String text, int[] toRaw) {}

  /**
   * Whether {@code text} is HTML markup rather than prose that mentions a tag: it has an HTML
   * doctype or an {@code <html>} or {@code <body>} tag, or at least two whole tags of known
   * elements that are glued to the text they mark up: the text starts or ends with the tag, a
   * letter or digit touches it on either side, sentence punctuation ends right before it ({@code
   * One.</p>}), or another tag stands next to it across white space ({@code <br><br>}), though
   * not an element's own end tag right after its start tag ({@code <p></p>}, an empty element
   * that prose names). {@code <p>One.</p>} and {@code One.<br><br>Two.} are markup; "type <p> and
   * end it with </p>. A line break is <br>, and …", "wrap it in <p></p>." and "the "<b>" tag" are
   * not.
   */
  public static boolean isHtml(String text) {
    int lt = text.indexOf('<');
    if (lt < 0) {
      return false;
    }
    int tags = 0;
    int glued = 0;
    int prevEnd = -1; // the end of the tag before, and its name
    String prevName = "";
    boolean prevGlued = false;
    for (; lt >= 0; lt = text.indexOf('<', lt + 1)) {
      int end = tagEnd(text, lt);
      if (end < 0) {
        continue;
      }
      String name = tagName(text, lt);
      if (name.equals("html") || name.equals("body") || name.equals("!doctype")) {
        return true;
      }
      boolean closing = text.charAt(lt + 1) == '/';
      boolean adjacent = prevEnd >= 0 && onlyBlanks(text, prevEnd, lt);
      // "<p></p>": an empty element, as prose about HTML writes it; neither tag is glued by it.
      boolean emptyPair = adjacent && closing && name.equals(prevName) && prevEnd == lt;
      boolean isGlued = gluedToText(text, lt, end) || (adjacent && !emptyPair);
      tags++;
      if (isGlued) {
        glued++;
        if (adjacent && !emptyPair && !prevGlued) {
          glued++; // the tag before is glued to this one
        }
      }
      if (tags >= 2 && glued >= 2) {
        return !mostlyPlainLines(text);
      }
      prevEnd = end;
      prevName = closing ? "/" + name : name;
      prevGlued = isGlued;
      lt = end - 1;
    }
    return false;
  }

  /**
   * Whether {@code text} is plain text that quotes a few tags: five or more of its lines hold no
   * '<', and they are at least two thirds of its lines (an article about skip links that shows
   * {@code <a class="skip-link" href="#main">Skip to main content</a>}). HTML, a fragment or a
   * pretty-printed page, has a tag on most of its lines, or all of it on one.
   */
  private static boolean mostlyPlainLines(String text) {
    int lines = 0;
    int plain = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      boolean blank = true;
      boolean tag = false;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        blank &= Character.isWhitespace(c);
        tag |= c == '<';
      }
      if (!blank) {
        lines++;
        if (!tag) {
          plain++;
        }
      }
      start = end + 1;
    }
    return plain >= 5 && plain * 3 >= lines * 2;
  }

  private static boolean onlyBlanks(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tag {@code [lt, end)} touches the text it marks up: the text starts or ends with it
   * (but for white space), a letter or digit stands right before or after it, or sentence
   * punctuation right before it.
   */
  private static boolean gluedToText(String s, int lt, int end) {
    int p = lt - 1;
    while (p >= 0 && Character.isWhitespace(s.charAt(p))) {
      p--;
    }
    int q = end;
    while (q < s.length() && Character.isWhitespace(s.charAt(q))) {
      q++;
    }
    if (p < 0 || q >= s.length()) {
      return true;
    }
    if (p == lt - 1) {
      char c = s.charAt(p);
      if (Character.isLetterOrDigit(c) || ".!?;:,".indexOf(c) >= 0) {
        return true;
      }
    }
    return q == end && Character.isLetterOrDigit(s.charAt(q));
  }

  /**
   * {@code text} with its character references decoded, or null when it has none to decode, or
   * when decoding would turn it into markup ({@code &lt;p&gt;…}: escaped HTML is left as it is
   * rather than half read). A reference escaped again ({@code &amp;#8217;}, {@code &amp;amp;})
   * is decoded through, so decoding the result again changes nothing.
   */
  public static @Nullable Decoded decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return null;
    }
    StringBuilder out = null;
    int[] toRaw = null;
    int copied = 0;
    for (int i = amp; i >= 0 && i < text.length(); i = text.indexOf('&', i)) {
      int[] end = {0};
      String chars = reference(text, i + 1, end);
      if (chars == null) {
        i++;
        continue;
      }
      // "&amp;" followed by a reference's body is that reference, escaped again.
      while (chars.equals("&")) {
        int[] next = {0};
        String again = reference(text, end[0], next);
        if (again == null) {
          break;
        }
        chars = again;
        end[0] = next[0];
      }
      if (out == null) {
        out = new StringBuilder(text.length());
        toRaw = new int[text.length()];
      }
      for (int k = copied; k < i; k++) {
        toRaw[out.length()] = k;
        out.append(text.charAt(k));
      }
      for (int k = 0; k < chars.length(); k++) {
        toRaw[out.length()] = i;
        out.append(chars.charAt(k));
      }
      copied = end[0];
      i = end[0];
    }
    if (out == null) {
      return null;
    }
    for (int k = copied; k < text.length(); k++) {
      toRaw[out.length()] = k;
      out.append(text.charAt(k));
    }
    String decoded = out.toString();
    if (isHtml(decoded) && !isHtml(text)) {
      return null;
    }
    return new Decoded(decoded, Arrays.copyOf(toRaw, decoded.length()));
  }

  /** {@link #decode}'s text, or {@code text} itself when there is nothing to decode. */
  public static String decodedText(String text) {
    Decoded d = decode(text);
    return d == null ? text : d.text();
  }

  /**
   * Whether {@code s} holds a whole start or end tag of an element HTML knows, glued or not
   * (for a short value such as a title, one tag is enough).
   */
  public static boolean hasTag(String s) {
    for (int lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', lt + 1)) {
      if (tagEnd(s, lt) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The chars of the reference whose body (the part after the '&') starts at {@code from}, with
   * the index after its ';' in {@code end[0]}; null when there is none.
   */
  private static @Nullable String reference(String s, int from, int[] end) {
    int limit = Math.min(s.length(), from + MAX_REFERENCE);
    int semi = -1;
    for (int j = from; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        semi = j;
        break;
      }
      boolean ok = (c < 128 && Character.isLetterOrDigit(c)) || (c == '#' && j == from);
      if (!ok) {
        return null;
      }
    }
    if (semi <= from) {
      return null;
    }
    String name = s.substring(from, semi);
    String chars = name.charAt(0) == '#' ? numeric(name) : named(name);
    if (chars != null) {
      end[0] = semi + 1;
    }
    return chars;
  }

  private static @Nullable String numeric(String name) {
    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
    String digits = name.substring(hex ? 2 : 1);
    if (digits.isEmpty() || digits.length() > 7) {
      return null;
    }
    try {
      int cp = Integer.parseInt(digits, hex ? 16 : 10);
      if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return null;
      }
      return new String(Character.toChars(cp));
    } catch (NumberFormatException e) {
      return null; // "&#12a;"
    }
  }

  private static @Nullable String named(String name) {
    if (!Entities.isNamedEntity(name)) {
      return null;
    }
    String chars = Entities.getByName(name);
    return chars.isEmpty() ? null : chars;
  }

  /**
   * The index after the '>' of a whole tag of a known element starting at {@code lt}, or -1: an
   * optional '/', a known name, then '>', '/>', ' />', or attributes with an '=' before the '>'.
   * An HTML doctype counts as a tag.
   */
  private static int tagEnd(String s, int lt) {
    int n = s.length();
    int i = lt + 1;
    if (s.regionMatches(true, i, "!doctype html", 0, 13)) {
      int gt = s.indexOf('>', i);
      return gt < 0 || gt - i > MAX_TAG ? -1 : gt + 1;
    }
    if (i < n && s.charAt(i) == '/') {
      i++;
    }
    int nameStart = i;
    while (i < n && i - nameStart <= 10 && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    if (i == nameStart || i >= n || !Character.isLetter(s.charAt(nameStart))
        || !Tag.isKnownTag(s.substring(nameStart, i).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    if (s.charAt(i) == '>') {
      return i + 1;
    }
    if (s.startsWith("/>", i)) {
      return i + 2;
    }
    if (s.startsWith(" />", i)) {
      return i + 3;
    }
    if (!Character.isWhitespace(s.charAt(i))) {
      return -1;
    }
    boolean eq = false;
    int limit = Math.min(n, i + MAX_TAG);
    for (int j = i; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return eq ? j + 1 : -1;
      }
      if (c == '<') {
        return -1;
      }
      eq |= c == '=';
    }
    return -1;
  }

  /** The lower-cased name of the tag at {@code lt} ("!doctype" for a doctype), without a '/'. */
  private static String tagName(String s, int lt) {
    int i = lt + 1;
    if (i < s.length() && s.charAt(i) == '!') {
      return "!doctype";
    }
    if (i < s.length() && s.charAt(i) == '/') {
      i++;
    }
    int start = i;
    while (i < s.length() && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i).toLowerCase(Locale.ROOT);
  }
}
