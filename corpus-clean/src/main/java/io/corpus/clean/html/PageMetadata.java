package io.corpus.clean.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.corpus.clean.html.internal.ElementWalk;
import io.corpus.clean.internal.IsoDates;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself: title, authors, publication date, publisher, canonical address
 * and language, read from meta tags, JSON-LD ({@code @graph} and author arrays included) and, when
 * those are missing, from the markup ({@code <title>}, {@code <h1>}, {@code <time>}, byline
 * elements). A value the page does not state is null (an empty list for authors); nothing is
 * guessed from the body text.
 *
 * <p>Sources, first found wins:
 *
 * <ul>
 *   <li>title: {@code og:title}, JSON-LD {@code headline}, {@code <title>} without the site suffix,
 *       {@code <h1>}
 *   <li>subtitle: the first element after the {@code <h1>} and near it (in the same header or
 *       article) marked as the dek by its class ({@code dek}, {@code deck},
 *       {@code subtitle}, {@code standfirst}, {@code subheadline}, {@code strapline}, alone or as
 *       the last part of a class name: {@code article__dek}, {@code post-subtitle}) that holds
 *       four to sixty words; never the description meta tags, which as often hold the first
 *       paragraph
 *   <li>authors: {@code meta[name=author]}, JSON-LD {@code author} (a name, an object, or an array
 *       of either), {@code [itemprop=author]}, {@code [rel=author]}, byline elements
 *   <li>published: {@code article:published_time} and its kin, JSON-LD {@code datePublished},
 *       {@code <time datetime>}
 *   <li>publisher: {@code og:site_name}, JSON-LD {@code publisher}
 *   <li>canonical URL: {@code <link rel=canonical>}, {@code og:url} (absolute addresses only)
 *   <li>language: {@code <html lang>}, {@code content-language}, {@code og:locale}
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PageMetadata meta = PageMetadata.of(Jsoup.parse(html));
 * String title = meta.title();
 * }</pre>
 *
 * @param title the headline, or null
 * @param subtitle the dek under the headline, or null
 * @param authors the authors' names, in page order, without duplicates
 * @param published the publication date, or null
 * @param publisher the site or organization that published the page, or null
 * @param canonicalUrl the page's canonical address, or null
 * @param language the page's language tag (e.g. {@code en}, {@code pt-BR}), or null
 */
public record PageMetadata(
    @Nullable String title,
    @Nullable String subtitle,
    List<String> authors,
    @Nullable LocalDate published,
    @Nullable String publisher,
    @Nullable String canonicalUrl,
    @Nullable String language) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  /** JSON-LD types that describe the article itself (preferred over WebPage, Organization...). */
  private static final List<String> ARTICLE_TYPES =
      List.of(
          "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
          "techarticle", "liveblogposting", "report", "posting", "socialmediaposting");

  /** The name inside a microdata author element; parsed once, as selectFirst(String) parses at every call. */
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  /** The longest JSON-LD script read; larger ones are skipped (they are catalogues, not metadata). */
  private static final int MAX_JSON_LD_CHARS = 1 << 20;

  public PageMetadata {
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
  }

  /** A page that states nothing. */
  public static PageMetadata empty() {
    return new PageMetadata(null, null, List.of(), null, null, null, null);
  }

  /**
   * Reads the metadata of a parsed page. Malformed JSON-LD is skipped, never an error.
   *
   * @throws NullPointerException if {@code doc} is null
   */
  public static PageMetadata of(Document doc) {
    Objects.requireNonNull(doc, "doc");
    Tags tags = new Tags(doc);
    JsonNode ld = articleJsonLd(tags.scripts);

    String publisher = firstNonBlank(meta(tags, "og:site_name"), ld == null ? null : nameOf(ld.get("publisher")));

    String title = firstNonBlank(meta(tags, "og:title"), meta(tags, "twitter:title"), ld == null ? null : text(ld.get("headline")));
    if (title == null) {
      String t = doc.title();
      title = t.isBlank() ? null : withoutSiteSuffix(t.strip(), publisher);
    } else {
      title = withoutSiteSuffix(title, publisher);
    }
    Element h1 = tags.h1;
    String headline = h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    if (title == null) {
      title = headline;
    } else if (headline != null && title.length() > headline.length() + 3
        && title.toLowerCase(Locale.ROOT).contains(headline.toLowerCase(Locale.ROOT)) && headline.split("\\s+").length >= 3) {
      title = headline; // "NATO - News: <the headline>, 18-Jun.-2024": the page's title dresses the headline
    }

    List<String> authors = new ArrayList<>();
    addAuthors(authors, meta(tags, "author"));
    addAuthors(authors, meta(tags, "article:author"));
    addAuthors(authors, meta(tags, "dc.creator"));
    addAuthors(authors, meta(tags, "parsely-author"));
    addAuthors(authors, meta(tags, "sailthru.author"));
    if (ld != null) {
      addJsonLdAuthors(authors, ld.get("author"));
      if (authors.isEmpty()) {
        addJsonLdAuthors(authors, ld.get("creator"));
      }
    }
    if (authors.isEmpty()) {
      bylineAuthors(tags, authors);
    }

    LocalDate published =
        firstDate(
            meta(tags, "article:published_time"),
            meta(tags, "og:published_time"),
            meta(tags, "datePublished"),
            ld == null ? null : text(ld.get("datePublished")),
            meta(tags, "pubdate"),
            meta(tags, "publishdate"),
            meta(tags, "publish-date"),
            meta(tags, "parsely-pub-date"),
            meta(tags, "sailthru.date"),
            meta(tags, "dc.date.issued"),
            meta(tags, "dc.date"),
            meta(tags, "date"),
            timeElement(tags));

    String canonical = null;
    Element link = tags.canonical;
    if (link != null && isAbsoluteHttp(link.attr("href"))) {
      canonical = link.attr("href").strip();
    } else if (isAbsoluteHttp(meta(tags, "og:url"))) {
      canonical = Objects.requireNonNull(meta(tags, "og:url")).strip();
    }

    String language = null;
    Element html = doc.firstElementChild();
    if (html != null && html.nameIs("html") && !html.attr("lang").isBlank()) {
      language = html.attr("lang");
    } else {
      language = firstNonBlank(tags.contentLanguage, meta(tags, "og:locale"), ld == null ? null : text(ld.get("inLanguage")));
    }
    if (language != null) {
      language = language.strip().replace('_', '-');
      int comma = language.indexOf(',');
      language = comma > 0 ? language.substring(0, comma).strip() : language;
      language = language.isEmpty() ? null : language;
    }
    String subtitle = tags.dek == null ? null : dekText(tags.dek, title);
    return new PageMetadata(title, subtitle, authors, published, publisher, canonical, language);
  }

  // --- meta tags --------------------------------------------------------------------------------

  /** The content of the first meta tag whose property, name or itemprop is {@code key} (any case). */
  private static @Nullable String meta(Tags tags, String key) {
    return tags.meta.get(key.toLowerCase(Locale.ROOT));
  }

  /** The elements metadata comes from, gathered in one pass over the page. */
  private static final class Tags {
    /** Meta tag contents by lower-cased property, name and itemprop; the first non-blank wins. */
    final Map<String, String> meta = new HashMap<>();
    final List<Element> scripts = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> itempropAuthors = new ArrayList<>();
    final List<Element> relAuthors = new ArrayList<>();
    @Nullable Element byline;
    @Nullable Element dek;
    @Nullable Element h1;
    @Nullable Element canonical;
    @Nullable String contentLanguage;

    Tags(Document doc) {
      for (Element e : ElementWalk.all(doc)) {
        switch (e.normalName()) {
          case "meta" -> {
            String c = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            if (c.isBlank()) {
              continue;
            }
            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop")}) {
              if (!key.isEmpty()) {
                meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), c.strip());
              }
            }
            if (contentLanguage == null && "content-language".equalsIgnoreCase(e.attr("http-equiv"))) {
              contentLanguage = c.strip();
            }
          }
          case "script" -> {
            if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
              scripts.add(e);
            }
          }
          case "link" -> {
            if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
              canonical = e;
            }
          }
          case "time" -> {
            if (e.hasAttr("datetime")) {
              times.add(e);
            }
          }
          case "h1" -> {
            if (h1 == null) {
              h1 = e;
            }
          }
          default -> {}
        }
        if (e.attributesSize() > 0) {
          if (e.attr("itemprop").equalsIgnoreCase("author")) {
            itempropAuthors.add(e);
          } else if (e.nameIs("a") && e.attr("rel").equalsIgnoreCase("author")) {
            relAuthors.add(e);
          } else if (dek == null && h1 != null && isDekClass(e.className()) && near(h1, e)
              && !e.nameIs("ul") && !e.nameIs("ol") && !e.nameIs("dl") && !e.nameIs("table")) {
            // (a list marked "summary" is a box of figures or points, no dek)
            dek = e;
          } else if (byline == null) {
            String c = e.className();
            if (!c.isEmpty()) {
              String lc = c.toLowerCase(Locale.ROOT);
              if (lc.contains("byline")
                  || (lc.contains("author") && (e.hasClass("author-name") || e.hasClass("article-author")))) {
                byline = e;
              }
            }
          }
        }
      }
    }
  }

  /** The class names that mark a dek: alone, or as the last part of a longer name ({@code article__dek}, {@code post-subtitle}). */
  private static final List<String> DEK_CLASSES = List.of("dek", "deck", "subtitle", "standfirst", "subheadline",
      "sub-headline", "strapline", "subhead", "summary", "excerpt");

  static boolean isDekClass(String className) {
    if (className.isEmpty()) {
      return false;
    }
    for (String c : className.toLowerCase(Locale.ROOT).split(" ")) {
      for (String d : DEK_CLASSES) {
        if (c.equals(d) || c.endsWith(d) && c.length() > d.length() && "-_".indexOf(c.charAt(c.length() - d.length() - 1)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code e} stands in the headline's header: the two share a parent, grandparent or great-grandparent. */
  private static boolean near(Element h1, Element e) {
    Element a = h1.parent();
    for (int i = 0; i < 3 && a != null; i++, a = a.parent()) {
      Element b = e.parent();
      for (int j = 0; j < 3 && b != null; j++, b = b.parent()) {
        if (a == b) {
          return true;
        }
      }
    }
    return false;
  }

  /** The dek's text, when it reads as one: four to sixty words, no longer than 320 chars, not the title. */
  private static @Nullable String dekText(Element dek, @Nullable String title) {
    String t = dek.text().strip();
    int words = t.isEmpty() ? 0 : t.split("\\s+").length;
    return words < 4 || words > 60 || t.length() > 320 || t.equalsIgnoreCase(title == null ? "" : title.strip()) ? null : t;
  }

  // --- JSON-LD ----------------------------------------------------------------------------------

  /** The JSON-LD object that describes the article, looking into arrays and {@code @graph}s. */
  private static @Nullable JsonNode articleJsonLd(List<Element> scripts) {
    JsonNode fallback = null;
    for (Element script : scripts) {
      String data = script.data();
      if (data.isBlank() || data.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data.strip());
      } catch (Exception e) {
        continue; // malformed JSON-LD is common; the meta tags may still say enough
      }
      List<JsonNode> items = new ArrayList<>();
      flatten(root, items, 0);
      for (JsonNode item : items) {
        if (isArticleType(item.get("@type"))) {
          return item;
        }
        if (fallback == null && item.has("headline")) {
          fallback = item;
        }
      }
    }
    return fallback;
  }

  private static void flatten(@Nullable JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        flatten(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static boolean isArticleType(@Nullable JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    return n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
  }

  /** A name from a string, an object with {@code name}, or the first of an array of either. */
  private static @Nullable String nameOf(@Nullable JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = nameOf(x);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    if (n.isObject()) {
      return text(n.get("name"));
    }
    return text(n);
  }

  private static void addJsonLdAuthors(List<String> out, @Nullable JsonNode n) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        addJsonLdAuthors(out, x);
      }
      return;
    }
    addAuthor(out, nameOf(n));
  }

  // --- authors ----------------------------------------------------------------------------------

  /** Adds a meta-tag author value: one name, or several joined by commas, semicolons or "and". */
  private static void addAuthors(List<String> out, @Nullable String value) {
    if (value == null || isAbsoluteHttp(value)) {
      return; // article:author is often a profile URL, not a name
    }
    String v = stripBy(value);
    for (String part : v.split("\\s*[;,|]\\s*|\\s+(?:and|&)\\s+")) {
      addAuthor(out, part);
    }
  }

  private static void addAuthor(List<String> out, @Nullable String name) {
    if (name == null) {
      return;
    }
    String n = stripBy(name.strip().replaceAll("\\s+", " "));
    if (n.isEmpty() || n.length() > 100 || isAbsoluteHttp(n)) {
      return;
    }
    for (String a : out) {
      if (a.equalsIgnoreCase(n)) {
        return;
      }
    }
    out.add(n);
  }

  private static String stripBy(String s) {
    String t = s.strip();
    if (t.length() > 3 && t.regionMatches(true, 0, "by ", 0, 3)) {
      return t.substring(3).strip();
    }
    return t;
  }

  private static void bylineAuthors(Tags tags, List<String> out) {
    for (Element e : tags.itempropAuthors) {
      Element name = e.selectFirst(ITEMPROP_NAME);
      addAuthor(out, name != null ? (name.hasAttr("content") ? name.attr("content") : name.text()) : e.text());
    }
    if (!out.isEmpty()) {
      return;
    }
    for (Element e : tags.relAuthors) {
      addAuthor(out, e.text());
    }
    if (!out.isEmpty()) {
      return;
    }
    Element byline = tags.byline;
    if (byline != null && byline.text().length() <= 100) {
      addAuthors(out, byline.text());
    }
  }

  // --- dates ------------------------------------------------------------------------------------

  /** The datetime of the {@code <time>} marked as the publication time, else of the first one. */
  private static @Nullable String timeElement(Tags tags) {
    for (Element t : tags.times) {
      if (t.attr("itemprop").equalsIgnoreCase("datePublished") || t.hasAttr("pubdate") || t.hasClass("published")) {
        return t.attr("datetime");
      }
    }
    return tags.times.isEmpty() ? null : tags.times.get(0).attr("datetime");
  }

  private static @Nullable LocalDate firstDate(@Nullable String... values) {
    for (String v : values) {
      LocalDate d = parseDate(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The date at the start of an ISO 8601 value ({@code 2019-11-18}, {@code 2019-11-18T09:30Z}, {@code 20191118}). */
  static @Nullable LocalDate parseDate(@Nullable String v) {
    if (v == null) {
      return null;
    }
    String s = v.strip();
    try {
      if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        return IsoDates.parse(s.substring(0, 10));
      }
      if (s.length() >= 8 && s.chars().limit(8).allMatch(Character::isDigit) && (s.length() == 8 || !Character.isDigit(s.charAt(8)))) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  // --- titles -----------------------------------------------------------------------------------

  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » "};

  /**
   * The title without a trailing site name: removed when it names the publisher, or after a {@code
   * |} when the tail is short (a site or section name, up to four words).
   */
  static String withoutSiteSuffix(String title, @Nullable String publisher) {
    String t = title.strip();
    for (String sep : SEPARATORS) {
      int at = t.lastIndexOf(sep);
      if (at <= 0) {
        continue;
      }
      String tail = t.substring(at + sep.length()).strip();
      boolean namesPublisher = publisher != null && (tail.equalsIgnoreCase(publisher.strip()) || squash(tail).equals(squash(publisher)));
      boolean shortAfterBar = sep.equals(" | ") && tail.split("\\s+").length <= 4;
      if (namesPublisher || shortAfterBar) {
        String head = t.substring(0, at).strip();
        return head.isEmpty() ? t : withoutSiteSuffix(head, publisher);
      }
    }
    return t;
  }

  private static String squash(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static boolean isAbsoluteHttp(@Nullable String s) {
    if (s == null) {
      return false;
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
