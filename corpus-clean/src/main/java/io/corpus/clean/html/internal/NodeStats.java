package io.corpus.clean.html.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Text measures of every element under a root, computed in one traversal: visible chars, chars
 * inside links, commas, and the text held directly (not in child elements). Measures are counted
 * once per element, so later steps never call {@code Element.text()} inside a loop (which would
 * be quadratic on deep pages). Not thread-safe; one per extraction.
 */
public final class NodeStats {

  /** Measures of one element. */
  public static final class Stat {
    /** Visible chars (white space runs count as one). */
    public int chars;
    /** Visible chars inside {@code <a>} elements. */
    public int linkChars;
    /** Commas (ASCII, full-width and ideographic). */
    public int commas;
    /** Visible chars in text nodes that are direct children. */
    public int ownChars;
    /** Commas in text nodes that are direct children. */
    public int ownCommas;
    /**
     * Chars in prose blocks below: paragraphs (or text written straight into a block) of at least
     * {@value NodeStats#PROSE_CHARS} chars that are mostly not links.
     */
    public int proseChars;
    /** Prose in direct children (paragraphs whose parent this is). */
    public int childProse;
    /** Visible chars inside {@code <blockquote>} elements (this one included). */
    public int quoteChars;
    /** {@code <p>} elements below. */
    public int paragraphs;

    public double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  /** The length from which a paragraph counts as prose rather than a label or a teaser. */
  public static final int PROSE_CHARS = 80;

  private static final Stat EMPTY = new Stat();

  private final Map<Element, Stat> stats = new IdentityHashMap<>();
  private int bestProse;
  private @Nullable Element densest;

  private final java.util.function.Predicate<Element> mayBeDensest;

  private NodeStats(java.util.function.Predicate<Element> mayBeDensest) {
    this.mayBeDensest = mayBeDensest;
  }

  /** Measures every element under {@code root}, {@code root} included. */
  public static NodeStats of(Element root) {
    return of(root, e -> true);
  }

  /**
   * Measures every element under {@code root}; only elements {@code mayBeDensest} accepts can be
   * {@link #densest()}.
   */
  public static NodeStats of(Element root, java.util.function.Predicate<Element> mayBeDensest) {
    NodeStats s = new NodeStats(mayBeDensest);
    s.measure(root);
    return s;
  }

  /**
   * The element whose own paragraphs hold the most prose (the first of equals), or null when the
   * page has no prose: where the article most likely is, found from text alone before any class
   * name is trusted.
   */
  public @Nullable Element densest() {
    return densest;
  }

  /** The measures of {@code e}; an element that was not under the root measures zero. */
  public Stat get(Element e) {
    Stat s = stats.get(e);
    return s != null ? s : EMPTY;
  }

  /**
   * Takes a removed element's measures out of its former ancestors up to {@code root}; call before
   * the element is detached, so later decisions see the text that is really left.
   */
  public void subtract(Element removed, Element root) {
    Stat r = get(removed);
    int paragraphs = r.paragraphs + (removed.nameIs("p") ? 1 : 0);
    for (Element a = removed.parent(); a != null; a = a.parent()) {
      Stat s = stats.get(a);
      if (s == null) {
        break;
      }
      s.chars -= r.chars;
      s.linkChars -= r.linkChars;
      s.commas -= r.commas;
      s.paragraphs -= paragraphs;
      s.proseChars -= r.proseChars;
      s.quoteChars -= r.quoteChars;
      if (a == root) {
        break;
      }
    }
  }

  private void measure(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int linkDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              stats.put(e, new Stat());
              if (e.nameIs("a")) {
                linkDepth++;
              }
            } else if (node instanceof TextNode t) {
              String text = t.getWholeText();
              int chars = 0;
              int commas = 0;
              boolean inSpace = true;
              for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c <= ' ' || c == '\u00A0') {
                  if (!inSpace) {
                    chars++;
                    inSpace = true;
                  }
                } else {
                  chars++;
                  inSpace = false;
                  if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                    commas++;
                  }
                }
              }
              if (chars == 0) {
                return;
              }
              Stat own = t.parentNode() instanceof Element parent ? stats.get(parent) : null;
              if (own != null) {
                own.ownChars += chars;
                own.ownCommas += commas;
                own.chars += chars;
                own.commas += commas;
                if (linkDepth > 0) {
                  own.linkChars += chars;
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.nameIs("a")) {
                linkDepth--;
              }
              Stat s = stats.get(e);
              int prose = e.nameIs("p") ? s.chars : s.ownChars;
              if (prose >= PROSE_CHARS && (e.nameIs("p") ? s.linkDensity() < 0.3 : true)) {
                if (e.nameIs("p")) {
                  s.proseChars = s.chars;
                } else {
                  s.proseChars += s.ownChars;
                }
              }
              // Children finish before their parent, so each element adds its totals up once.
              Stat parent = e == root || e.parent() == null ? null : stats.get(e.parent());
              if (parent != null && s.proseChars > 0 && (e.nameIs("p") || s.ownChars >= PROSE_CHARS)) {
                parent.childProse += e.nameIs("p") ? s.proseChars : s.ownChars;
              }
              if (s.ownChars >= PROSE_CHARS) {
                s.childProse += s.ownChars; // text written straight into a block is its own paragraph
              }
              if (s.childProse > bestProse && mayBeDensest.test(e)) {
                bestProse = s.childProse;
                densest = e;
              }
              if (e.nameIs("blockquote")) {
                s.quoteChars = s.chars;
              }
              if (parent != null) {
                parent.quoteChars += s.quoteChars;
                parent.proseChars += s.proseChars;
                parent.chars += s.chars;
                parent.linkChars += s.linkChars;
                parent.commas += s.commas;
                parent.paragraphs += s.paragraphs + (e.nameIs("p") ? 1 : 0);
              }
            }
          }
        },
        root);
  }
}
