package io.corpus.clean.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The elements a page shows with their line breaks, as {@code <pre>} does: those its style sets
 * to {@code white-space: pre}, {@code pre-wrap}, {@code pre-line} or {@code break-spaces}, inline
 * ({@code style="white-space:pre-wrap"}) or by a rule of its {@code <style>} sheets
 * ({@code .share-plain{white-space:pre-wrap}}). App share pages and plain-text mails shown as
 * HTML hold their whole text in such a block, one paragraph a line; read as ordinary HTML it
 * would be one run-on paragraph.
 *
 * <p>Only plain rules are read: a selector jsoup cannot parse (a pseudo-class, a vendor hack) is
 * passed over, and so is a rule inside a block other than {@code @media}. One pass over each
 * sheet; at most {@value #MAX_SELECTORS} selectors are kept.
 */
public final class Preformatted {

  /** Selectors kept at most: each is asked of every element the text collector walks. */
  static final int MAX_SELECTORS = 24;
  /** A selector longer than this is passed over. */
  private static final int MAX_SELECTOR = 200;

  private Preformatted() {}

  /** The test for {@code doc}'s preformatted elements (never true when its styles set none). */
  public static Predicate<Element> of(Document doc) {
    List<Evaluator> rules = new ArrayList<>();
    for (Element style : doc.getElementsByTag("style")) {
      collect(style.data(), rules);
    }
    return e -> e.hasAttr("style") && keepsBreaks(e.attr("style")) || matchesAny(rules, e);
  }

  private static boolean matchesAny(List<Evaluator> rules, Element e) {
    for (Evaluator r : rules) {
      if (e.is(r)) {
        return true;
      }
    }
    return false;
  }

  /** Adds the selectors of the sheet's rules that keep line breaks. */
  static void collect(String sheet, List<Evaluator> out) {
    String css = withoutComments(sheet);
    int from = 0;
    while (from < css.length() && out.size() < MAX_SELECTORS) {
      int close = css.indexOf('}', from);
      if (close < 0) {
        break;
      }
      // Within this segment only (segments do not overlap, so the sheet is read once): the last
      // '{' opens the declarations; the selectors start after the '{', ';' or '}' before it
      // ("@media print { .note { white-space: pre } }", "@import url(x.css); pre.mail { … }").
      int open = -1;
      int start = from;
      for (int k = from; k < close; k++) {
        char c = css.charAt(k);
        if (c == '{') {
          start = open < 0 ? start : open + 1;
          open = k;
        } else if (c == ';' && open < 0) {
          start = k + 1;
        }
      }
      if (open >= 0 && keepsBreaks(css.substring(open + 1, close))) {
        String selectors = css.substring(start, open);
        if (!selectors.strip().startsWith("@")) {
          for (String sel : selectors.split(",")) {
            addSelector(sel.strip(), out);
          }
        }
      }
      from = close + 1;
    }
  }

  private static void addSelector(String sel, List<Evaluator> out) {
    if (sel.isEmpty() || sel.length() > MAX_SELECTOR || sel.indexOf(':') >= 0 || out.size() >= MAX_SELECTORS) {
      return;
    }
    try {
      out.add(QueryParser.parse(sel));
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      // a selector jsoup does not read: the rule is passed over
    }
  }

  /** Whether a declaration block sets {@code white-space} to a value that keeps line breaks. */
  static boolean keepsBreaks(String declarations) {
    String d = declarations.toLowerCase(Locale.ROOT);
    for (int at = d.indexOf("white-space"); at >= 0; at = d.indexOf("white-space", at + 11)) {
      int k = at + 11;
      while (k < d.length() && (d.charAt(k) == ' ' || d.charAt(k) == '\t' || d.charAt(k) == '\n' || d.charAt(k) == '\r')) {
        k++;
      }
      if (k >= d.length() || d.charAt(k) != ':' || at > 0 && isNameChar(d.charAt(at - 1))) {
        continue; // "-webkit-white-space" or "white-space-collapse" is another property
      }
      int end = d.indexOf(';', k);
      String value = d.substring(k + 1, end < 0 ? d.length() : end).replace("!important", "").strip();
      if (value.equals("pre") || value.equals("pre-wrap") || value.equals("pre-line") || value.equals("break-spaces")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static String withoutComments(String css) {
    int c = css.indexOf("/*");
    if (c < 0) {
      return css;
    }
    StringBuilder sb = new StringBuilder(css.length());
    int from = 0;
    while (c >= 0) {
      sb.append(css, from, c);
      int end = css.indexOf("*/", c + 2);
      if (end < 0) {
        return sb.toString();
      }
      from = end + 2;
      c = css.indexOf("/*", from);
    }
    return sb.append(css, from, css.length()).toString();
  }
}
