package io.corpus.clean.html.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns elements into plain text: paragraphs (block elements) separated by a blank line, white
 * space collapsed outside {@code <pre>} and the elements a page styles as preformatted (a blank
 * line in them is a paragraph break), {@code <br>} as a line break; and, for every char, its
 * offset in the HTML source (from jsoup's position tracking; a char decoded from an entity maps
 * into the entity). Not thread-safe; one per extraction.
 */
public final class TextCollector {

  /** Elements that start and end a paragraph. */
  static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot",
          "caption", "hr", "address", "details", "summary", "center", "body", "figure", "header",
          "footer", "aside", "nav", "form", "fieldset", "hgroup", "output");

  private final StringBuilder text = new StringBuilder();
  private int[] toRaw = new int[256];
  /** Where the last text ended in the source; separators map there. */
  private int lastRaw;
  /** A paragraph break is owed before the next visible char. */
  private int pendingBreak; // 0 none, 1 space, 2 line, 3 paragraph
  /** Elements shown with their line breaks besides {@code <pre>}. */
  private final Predicate<Element> preformatted;

  /** A collector that keeps line breaks in {@code <pre>} only. */
  public TextCollector() {
    this(e -> false);
  }

  /** A collector that keeps line breaks in {@code <pre>} and in the elements {@code preformatted} accepts. */
  public TextCollector(Predicate<Element> preformatted) {
    this.preformatted = preformatted;
  }

  /** Whether the tag starts a paragraph of its own. */
  public static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  /** Appends the text of {@code root} as one or more paragraphs. */
  public void add(Element root) {
    paragraphBreak();
    walk(root);
    paragraphBreak();
  }

  /** Walks the subtree without recursion (pages can nest thousands deep). */
  private void walk(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int preDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              appendText(t, preDepth > 0);
            } else if (node instanceof Element e && node != root) {
              String tag = e.normalName();
              if (tag.equals("br")) {
                lineBreak();
              } else if (BLOCKS.contains(tag)) {
                paragraphBreak();
              } else if (tag.equals("td") || tag.equals("th")) {
                space();
              }
              if (tag.equals("pre") || preformatted.test(e)) {
                preDepth++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && node != root) {
              String tag = e.normalName();
              if (BLOCKS.contains(tag)) {
                paragraphBreak();
              } else if (tag.equals("td") || tag.equals("th")) {
                space();
              }
              if (tag.equals("pre") || preformatted.test(e)) {
                preDepth--;
              }
            }
          }
        },
        root);
  }

  private void paragraphBreak() {
    pendingBreak = 3;
  }

  private void lineBreak() {
    pendingBreak = Math.max(pendingBreak, 2);
  }

  private void space() {
    pendingBreak = Math.max(pendingBreak, 1);
  }

  private void appendText(TextNode t, boolean pre) {
    String s = t.getWholeText();
    Range range = t.sourceRange();
    int srcStart = range.isTracked() ? range.startPos() : lastRaw;
    int srcLen = range.isTracked() ? Math.max(1, range.endPos() - range.startPos()) : 1;
    // An entity makes the source longer than the text; chars then map proportionally into it.
    boolean exact = s.length() == srcLen;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int raw = exact ? srcStart + i : srcStart + (int) ((long) i * srcLen / Math.max(1, s.length()));
      if (pre ? c == '\n' || c == '\r' : isSpace(c)) { // HTML reads a CR as a line break
        if (pre) {
          if (c == '\r' || i == 0 || s.charAt(i - 1) != '\r') {
            // a second break in a row (a blank line) starts a paragraph; a CRLF is one break
            pendingBreak = pendingBreak >= 2 ? 3 : 2;
          }
        } else {
          space();
        }
        continue;
      }
      flushBreak(raw);
      put(c, raw);
    }
    if (range.isTracked()) {
      lastRaw = Math.max(lastRaw, range.endPos());
    }
  }

  private void flushBreak(int raw) {
    if (pendingBreak == 0 || text.length() == 0) {
      pendingBreak = 0;
      return;
    }
    int at = Math.min(lastRawOfText(), raw);
    if (pendingBreak == 3) {
      put('\n', at);
      put('\n', at);
    } else if (pendingBreak == 2) {
      put('\n', at);
    } else {
      put(' ', at);
    }
    pendingBreak = 0;
  }

  private int lastRawOfText() {
    return text.length() == 0 ? 0 : toRaw[text.length() - 1] + 1;
  }

  private void put(char c, int raw) {
    if (text.length() == toRaw.length) {
      toRaw = Arrays.copyOf(toRaw, toRaw.length * 2);
    }
    // Offsets never go back: the raw map of the edit buffer must be non-decreasing.
    int prev = text.length() == 0 ? 0 : toRaw[text.length() - 1];
    toRaw[text.length()] = Math.max(prev, raw);
    text.append(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u200B';
  }

  /** The text collected so far. */
  public String text() {
    return text.toString();
  }

  /** The source offset of every char of {@link #text()}. */
  public int[] sourceOffsets() {
    return Arrays.copyOf(toRaw, text.length());
  }
}
