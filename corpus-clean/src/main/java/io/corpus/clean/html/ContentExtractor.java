package io.corpus.clean.html;

import io.corpus.clean.html.internal.ElementWalk;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.html.internal.NodeStats;
import io.corpus.clean.html.internal.NodeStats.Stat;
import io.corpus.clean.html.internal.Preformatted;
import io.corpus.clean.html.internal.Signals;
import io.corpus.clean.html.internal.TextCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of an article page: a generic algorithm over the DOM, with no rule for any
 * particular site.
 *
 * <ol>
 *   <li><b>Prune</b> what never is article text: scripts, navigation, headers and footers, asides,
 *       figures and captions, forms, hidden elements, ARIA landmarks of page furniture, and
 *       elements whose class or id names furniture (share bars, related lists, bylines, ad slots,
 *       newsletter boxes...). Names are not trusted blindly: the block with the most paragraph
 *       text (reader comments aside) and the blocks around it, and any container holding a large
 *       share of the page's prose or wrapping a quotation (an embedded post), are kept whatever
 *       their names say.
 *   <li><b>Score</b> paragraphs (Readability's measure: one point, one per comma, one per 100
 *       chars up to three) into their ancestors, weighted by tag and by class and id, and scaled
 *       by how little of each candidate is link text.
 *   <li><b>Choose</b> the best candidate, climb to a common ancestor when several strong
 *       candidates share one, and add the siblings that score close to it or read like prose.
 *   <li><b>Clean</b> the chosen elements: drop headlines, headings styled as furniture, lists of
 *       teaser cards, and blocks made mostly of links or too short to be text.
 *   <li><b>Collect</b> the text: one paragraph per block element, blank lines between
 *       paragraphs, with each char's offset in the HTML source.
 * </ol>
 *
 * <p>Extraction changes the document it is given (it removes what it prunes); parse a fresh one per
 * call. Immutable and thread-safe.
 *
 * <pre>{@code
 * Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, url);
 * ContentExtractor.Extracted main = ContentExtractor.standard().extract(doc);
 * System.out.println(main.text());
 * }</pre>
 */
public final class ContentExtractor {

  /** Queries parsed once: {@code selectFirst(String)} parses its query at every call. */
  private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");

  private static final Evaluator LINK = QueryParser.parse("a[href]");

  /** Paragraphs shorter than this (in chars) add nothing to their ancestors' scores. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /** The main text and the source offset of each of its chars. */
  public record Extracted(String text, int[] sourceOffsets) {
    public Extracted {
      if (sourceOffsets.length != text.length()) {
        throw new IllegalArgumentException("one source offset per char expected");
      }
    }
  }

  private static final ContentExtractor STANDARD = new ContentExtractor();

  private ContentExtractor() {}

  /** The extractor with its default settings. */
  public static ContentExtractor standard() {
    return STANDARD;
  }

  /**
   * Extracts the main text of {@code doc}, modifying {@code doc}.
   *
   * @param doc a parsed page (parse with position tracking on for meaningful source offsets)
   * @return the text, empty when the page has none
   */
  public Extracted extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return new Extracted("", new int[0]);
    }
    Predicate<Element> preformatted = Preformatted.of(doc); // before pruning: the sheets may sit in the body
    NodeStats stats = NodeStats.of(body, e -> !Signals.inComments(e));
    prune(body, stats, stats.get(body).proseChars);

    Map<Element, Double> scores = score(body, stats);
    Element top = chooseTop(body, stats, scores);
    List<Element> parts = top == null ? List.of(body) : withSiblings(top, stats, scores);

    String title = titleHint(doc);
    TextCollector out = new TextCollector(preformatted);
    for (Element part : parts) {
      clean(part, stats, scores, title);
      out.add(part);
    }
    String text = out.text();
    return new Extracted(text, out.sourceOffsets());
  }

  /** Elements never pruned for their class or id: landmarks of content, and table parts. */
  private static final Set<String> NEVER_BY_NAME =
      Set.of("article", "main", "body", "tr", "td", "th", "tbody", "thead", "tfoot", "p");

  // --- 1. prune ---------------------------------------------------------------------------------

  private static void prune(Element root, NodeStats stats, int pageProse) {
    List<Element> drop = new ArrayList<>();
    // The block with the most paragraph text, and every block around it, is kept from name-based
    // pruning: a layout class ("with-sidebar", "widget-area") on the article's wrapper says nothing.
    Set<Element> anchors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element a = stats.densest(); a != null && a != root; a = a.parent()) {
      anchors.add(a);
    }
    collectPrunable(root, stats, pageProse, anchors, drop);
    for (Element e : drop) {
      stats.subtract(e, root); // keeps the measures true to what is left, without a second pass
      e.remove();
    }
  }

  /** Walks the page without recursion (pages can nest thousands deep), skipping what it drops. */
  private static void collectPrunable(
      Element root, NodeStats stats, int pageProse, Set<Element> anchors, List<Element> drop) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == root || !(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            if (isPrunable(e, stats, pageProse, anchors.contains(e))) {
              drop.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  private static boolean isPrunable(Element e, NodeStats stats, int pageProse, boolean anchor) {
    String tag = e.normalName();
    if (Signals.isDropTag(e)) {
      // Some sites wrap the whole page in a form, or the article in a header or aside.
      boolean container = tag.equals("form") || tag.equals("header") || tag.equals("aside") || tag.equals("footer");
      return !(container && (anchor || holdsTheText(stats.get(e), pageProse)));
    }
    if (Signals.isHiddenOrFurniture(e)) {
      return !tag.equals("body") && !tag.equals("html");
    }
    if (NEVER_BY_NAME.contains(tag)) {
      return false;
    }
    String name = Signals.classAndId(e);
    return !anchor
        && Signals.isBoilerplateName(name)
        && !holdsTheText(stats.get(e), pageProse)
        && !wrapsQuote(e, stats)
        && !isSectionOfTheArticle(e, stats);
  }

  /**
   * Whether a block a boilerplate name marks is a section of the article's own text: a {@code
   * <section>} or a {@code <table>} inside the {@code <article>} that holds prose and few links
   * ({@code <section id="recommendations">} of an audit report, under its heading
   * "Recommendations", and its {@code <table class="recommendations-table">}). A rail of
   * recommended stories is mostly links, and stands beside the article, not in it.
   */
  private static boolean isSectionOfTheArticle(Element e, NodeStats stats) {
    if (!e.nameIs("section") && !e.nameIs("table")) {
      return false;
    }
    Stat s = stats.get(e);
    int prose = e.nameIs("table") ? NodeStats.PROSE_CHARS : 2 * NodeStats.PROSE_CHARS; // (a table's cell is a paragraph)
    if (s.proseChars < prose || s.linkChars * 5 > s.chars) {
      return false;
    }
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.nameIs("article")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the element is (or wraps) a quotation of some length: embedded posts (a tweet is a
   * blockquote in an "embed" wrapper) are quoted in the article and belong to its text.
   */
  private static boolean wrapsQuote(Element e, NodeStats stats) {
    Stat s = stats.get(e);
    return s.chars >= NodeStats.PROSE_CHARS && s.quoteChars * 10 >= s.chars * 8;
  }


  /**
   * Whether an element holds a large share of the page's prose: then it is (or wraps) the article,
   * whatever its tag or class says.
   */
  private static boolean holdsTheText(Stat s, int pageProse) {
    return s.proseChars >= 0.4 * pageProse && s.proseChars >= 2 * NodeStats.PROSE_CHARS;
  }

  // --- 2. score ---------------------------------------------------------------------------------

  private static Map<Element, Double> score(Element body, NodeStats stats) {
    // Insertion (document) order keeps tie-breaks deterministic; jsoup nodes compare by identity.
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element e : ElementWalk.all(body)) {
      String tag = e.normalName();
      int chars;
      int commas;
      if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
        Stat s = stats.get(e);
        chars = s.chars;
        commas = s.commas;
      } else if (TextCollector.isBlock(e) || tag.equals("span") || tag.equals("font")) {
        // Text written straight into a div (no <p>) is a paragraph too.
        Stat s = stats.get(e);
        chars = s.ownChars;
        commas = s.ownCommas;
      } else {
        continue;
      }
      if (chars < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double contentScore = 1 + commas + Math.min(chars / 100.0, 3);
      int level = 0;
      for (Element a = e.parent(); a != null && level < 5; a = a.parent(), level++) {
        if (a.normalName().equals("html")) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Double cur = scores.get(a);
        double base = cur != null ? cur : initialScore(a);
        scores.put(a, base + contentScore / divider);
      }
    }
    // Scale by the share of plain text: a list of links scores low however long it is.
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      en.setValue(en.getValue() * (1 - stats.get(en.getKey()).linkDensity()));
    }
    return scores;
  }

  private static double initialScore(Element e) {
    double s;
    switch (e.normalName()) {
      case "div", "article", "main", "section" -> s = 5;
      case "pre", "td", "blockquote" -> s = 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> s = -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s = -5;
      default -> s = 0;
    }
    return s + Signals.classWeight(e);
  }

  // --- 3. choose --------------------------------------------------------------------------------

  private static Element chooseTop(Element body, NodeStats stats, Map<Element, Double> scores) {
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    if (ranked.isEmpty()) {
      return null;
    }
    // A stable sort: ties go to the element scored first.
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    if (top == body || top.normalName().equals("html")) {
      return body;
    }

    // Several strong candidates under one ancestor: the article is split into blocks.
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
      if (ranked.get(i).getValue() / topScore >= 0.75) {
        alternatives.add(ranked.get(i).getKey());
      }
    }
    if (alternatives.size() >= 3) {
      for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
        int contained = 0;
        for (Element alt : alternatives) {
          if (isAncestor(p, alt)) {
            contained++;
          }
        }
        if (contained >= 3) {
          top = p;
          break;
        }
      }
    }

    // Climb while the parent scores higher (the text continues outside the candidate).
    double last = scores.getOrDefault(top, topScore);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      Double ps = scores.get(p);
      if (ps == null) {
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    // A lone child says nothing its parent does not; the parent has the siblings that matter.
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static List<Element> withSiblings(Element top, NodeStats stats, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    List<Element> parts = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == top) {
        parts.add(sib);
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? topScore * 0.2 : 0;
      Double s = scores.get(sib);
      if (s != null && s + bonus >= threshold) {
        parts.add(sib);
        continue;
      }
      Stat st = stats.get(sib);
      // Deep markup can hide a block's paragraphs from the score (it counts five levels up);
      // its prose still shows: a sibling built like the top, or with as much prose, continues it.
      int topProse = stats.get(top).proseChars;
      boolean sameKind = !topClass.isEmpty() && topClass.equals(sib.className()) && sib.normalName().equals(top.normalName());
      if (st.linkDensity() < 0.25
          && (sameKind
              ? st.proseChars >= NodeStats.PROSE_CHARS
              : st.paragraphs >= 2 && st.proseChars >= Math.max(2 * NodeStats.PROSE_CHARS, topProse * 0.3))) {
        parts.add(sib);
        continue;
      }
      if (sib.nameIs("p") || (st.chars > 0 && st.ownChars * 10 >= st.chars * 8)) {
        double ld = st.linkDensity();
        if (st.chars > 80 && ld < 0.25) {
          parts.add(sib);
        } else if (st.chars > 0 && st.chars <= 80 && ld == 0 && endsSentence(sib)) {
          parts.add(sib);
        }
      }
    }
    return withSectionHeadings(parent, parts, stats);
  }

  /** A definition list kept beside the text has at most this many chars. */
  private static final int MAX_FIELD_LIST_CHARS = 2000;

  private static boolean isSectionHeadingText(String text) {
    int words = Prose.wordCount(text);
    return words >= 1 && words <= MAX_SECTION_HEADING_WORDS;
  }

  /** A section heading over kept text has at most this many words. */
  private static final int MAX_SECTION_HEADING_WORDS = 12;

  /**
   * The parts with the section headings that stand right over one of them among the siblings
   * ({@code <h2>Provenance</h2>} over the paragraph kept as a sibling of the top): a heading of at
   * most {@value #MAX_SECTION_HEADING_WORDS} words and no link text. One pass over the siblings.
   */
  private static List<Element> withSectionHeadings(Element parent, List<Element> parts, NodeStats stats) {
    java.util.Set<Element> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    kept.addAll(parts);
    List<Element> out = new ArrayList<>(parts.size() + 4);
    List<Element> children = parent.children();
    boolean afterFirst = false;
    for (int i = 0; i < children.size(); i++) {
      Element sib = children.get(i);
      if (kept.contains(sib)) {
        out.add(sib);
        afterFirst = true;
        continue;
      }
      if (sib.nameIs("dl") && (i + 1 < children.size() && kept.contains(children.get(i + 1)) || i > 0 && kept.contains(children.get(i - 1)))
          && stats.get(sib).linkDensity() < 0.25 && stats.get(sib).chars <= MAX_FIELD_LIST_CHARS) {
        out.add(sib); // a record's fields beside its text ("Date" / "Southern Song dynasty …"): the page's, kept when unsure
        continue;
      }
      boolean heading = sib.nameIs("h2") || sib.nameIs("h3") || sib.nameIs("h4");
      if (afterFirst && heading && i + 1 < children.size() && kept.contains(children.get(i + 1))
          && stats.get(sib).linkDensity() == 0 && isSectionHeadingText(sib.text())) {
        out.add(sib);
      }
    }
    return out;
  }

  private static boolean endsSentence(Element e) {
    String t = e.text();
    return t.endsWith(".") || t.contains(". ");
  }

  // --- 4. clean ---------------------------------------------------------------------------------

  private static void clean(Element part, NodeStats stats, Map<Element, Double> scores, String title) {
    List<Element> all = ElementWalk.all(part);
    int partProse = stats.get(part).proseChars;
    // Teaser lists first, while their headline links are still there to recognise them by.
    for (Element e : all) {
      if (e != part && e.parent() != null && isCardList(e, stats) && stats.get(e).proseChars * 2 <= partProse) {
        stats.subtract(e, part);
        e.remove();
      }
    }
    // Bottom-up, so an inner block is judged before the block around it.
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      if (e == part || e.parent() == null) {
        continue;
      }
      // A block that holds most of the prose is the text itself, whatever its class says.
      boolean holdsProse = stats.get(e).proseChars * 2 > partProse;
      if (!holdsProse && shouldDrop(e, stats, scores, title)) {
        stats.subtract(e, part);
        e.remove();
      }
    }
  }

  private static boolean shouldDrop(Element e, NodeStats stats, Map<Element, Double> scores, String title) {
    String tag = e.normalName();
    Stat s = stats.get(e);
    switch (tag) {
      case "h1":
        return true; // the headline goes to metadata, not to the body
      case "h2", "h3", "h4", "h5", "h6":
        return Signals.classWeight(e) < 0 || s.linkDensity() > 0.5 || sameText(e.text(), title);
      case "p":
        return s.chars > 0 && s.chars < 200 && s.linkDensity() > 0.6;
      case "table", "ul", "ol", "div", "section", "dl", "blockquote":
        break;
      default:
        return false;
    }
    if (wrapsQuote(e, stats)) {
      return s.linkDensity() > 0.5;
    }
    int weight = Signals.classWeight(e);
    // Only a class or id that names furniture condemns a block; its tag alone does not.
    if (weight < 0 && weight + scores.getOrDefault(e, 0.0) < 0 && !isSectionOfTheArticle(e, stats)) {
      return true;
    }
    if (s.commas >= 10) {
      return false;
    }
    double ld = s.linkDensity();
    boolean list = tag.equals("ul") || tag.equals("ol");
    if (s.chars == 0) {
      return false; // empty wrappers cost nothing
    }
    if (!list && s.chars < MIN_PARAGRAPH_CHARS && ld > 0) {
      return true;
    }
    if (weight < 25 && ld > (list ? 0.5 : 0.33)) {
      return true;
    }
    return weight >= 25 && ld > 0.5;
  }

  /**
   * Whether an element is a list of teaser cards (related stories, more from the site): at least
   * three children built alike (same tag and class; divs, articles or sections), most of them
   * with a headline link that makes up a good part of their text, and little text of their own.
   */
  private static boolean isCardList(Element e, NodeStats stats) {
    int n = e.childrenSize();
    if (n < 3) {
      return false;
    }
    Map<String, Integer> shapes = new java.util.HashMap<>();
    String common = null;
    int most = 0;
    for (Element c : e.children()) {
      String tag = c.normalName();
      // List items are left to the link-density test: a list of links in the text can be text.
      if (!(tag.equals("div") || tag.equals("article") || tag.equals("section"))) {
        continue;
      }
      String shape = tag + "." + c.className();
      int k = shapes.merge(shape, 1, Integer::sum);
      if (k > most) {
        most = k;
        common = shape;
      }
    }
    if (most < 3 || most * 10 < n * 6) {
      return false;
    }
    int cards = 0;
    int plain = 0;
    for (Element c : e.children()) {
      if (!(c.normalName() + "." + c.className()).equals(common)) {
        continue;
      }
      Element link = c.selectFirst(LINK);
      Stat cs = stats.get(c);
      // A card is led by its headline link; a paragraph with a link in it is not a card.
      if (link != null && stats.get(link).chars >= 15 && cs.linkChars * 10 >= cs.chars * 3) {
        cards++;
      }
      plain += cs.chars - cs.linkChars;
    }
    return cards * 10 >= most * 6 && plain / most < 250;
  }

  private static boolean sameText(String a, String b) {
    if (b.isEmpty()) {
      return false;
    }
    return normalizeForCompare(a).equals(normalizeForCompare(b));
  }

  private static String normalizeForCompare(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** The page's title as a hint for spotting the headline inside the body. */
  private static String titleHint(Document doc) {
    Element head = doc.head();
    Element og = head == null ? null : head.selectFirst(OG_TITLE);
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content");
    }
    return doc.title();
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
