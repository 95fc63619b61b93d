package io.corpus.clean.html.internal;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about it: page furniture, hidden, or likely
 * article text. Hand-written matching over the lower-cased class and id (no regular expressions on
 * the hot path). Stateless and thread-safe.
 */
public final class Signals {

  private Signals() {}

  /** Tags that never hold article text. */
  private static final Set<String> DROP_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
          "video", "audio", "picture", "figure", "figcaption", "button", "input", "select", "textarea",
          "option", "nav", "aside", "footer", "header", "dialog", "menu", "map", "link", "meta", "head",
          "title", "form", "label", "fieldset", "math", "img");

  /** ARIA roles of page furniture. */
  private static final Set<String> DROP_ROLES =
      Set.of(
          "navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "alertdialog",
          "search", "menu", "menubar", "toolbar", "tablist", "button", "figure", "img", "marquee",
          "tooltip");

  /** Class or id words that name page furniture, matched anywhere in the class or id. */
  private static final String[] BOILERPLATE_STEMS = {
    "share", "sharing", "social", "related", "newsletter", "promo", "advert", "sidebar",
    "breadcrumb", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr", "popup", "modal",
    "sponsor", "outbrain", "taboola", "recommend", "trending", "popular", "footer", "masthead",
    "navbar", "navigation", "byline", "author", "caption", "credit", "toolbar", "disqus",
    "widget", "paywall", "readmore", "read-more", "more-stories", "newsroll", "dateline",
    "timestamp", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "offscreen",
    "hidden", "overlay", "login", "comment", "follow", "donate", "rating", "pagination", "pager",
    "print", "toc", "slideshow", "gallery", "tooltip", "skip", "jump", "breaking", "alert",
    "teaser", "outstream", "nativo", "adslot", "ad-slot", "ad-container", "adcontainer",
    "ad-wrapper", "adwrapper", "ad-unit", "adunit", "dfp", "banner", "topics", "keywords",
    "disclaimer", "bio", "headline", "kicker", "meta", "tags", "tag-list", "inline-link",
    "embed", "video", "podcast", "audio", "photo", "image", "img", "media", "thumb",
    "hero"
  };

  /** Whole class or id words that name page furniture (too short to match inside other words). */
  private static final Set<String> BOILERPLATE_TOKENS =
      Set.of("ad", "ads", "nav", "menu", "tag", "date", "time", "share", "print", "byline", "mpu", "rail");

  /** Class or id words that suggest article text (Readability's positive pattern). */
  private static final String[] POSITIVE_STEMS = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story", "prose", "rich"
  };

  /** Class or id words that suggest furniture (Readability's negative pattern). */
  private static final String[] NEGATIVE_STEMS = {
    "comment", "contact", "foot", "footnote", "masthead", "media", "meta", "outbrain", "promo",
    "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
    "tags", "tool", "widget", "banner", "combx", "hidden", "gdpr", "advert", "social", "byline",
    "author", "caption", "newsletter", "recommend", "popular", "trending", "nav", "menu"
  };

  /** Class or id words of reader comments, the one kind of furniture that reads like prose. */
  private static final String[] COMMENT_STEMS = {"comment", "disqus", "respond", "replies", "reply", "discussion", "forum", "post-author"};

  /** Whether {@code e} is inside (or is) a reader-comments block, judged by class and id. */
  public static boolean inComments(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String name = classAndId(a);
      if (name.isEmpty()) {
        continue;
      }
      for (String stem : COMMENT_STEMS) {
        int at = name.indexOf(stem);
        if (at >= 0 && !(stem.equals("comment") && name.startsWith("ar", at + stem.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the tag never holds article text. */
  public static boolean isDropTag(Element e) {
    String tag = e.normalName();
    if (tag.equals("footer") && e.parent() != null && e.parent().normalName().equals("blockquote")) {
      return false; // a quotation's attribution: <blockquote><p>…</p><footer>Name, Minister for …</footer></blockquote>
    }
    return DROP_TAGS.contains(tag);
  }

  /** Whether the element is hidden or announced as furniture by its attributes. */
  public static boolean isHiddenOrFurniture(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && DROP_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = compact(style);
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return false;
  }

  /** The class and id of {@code e}, lower-cased and joined by a space; empty when it has neither. */
  public static String classAndId(Element e) {
    if (e.attributesSize() == 0) {
      return "";
    }
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (withoutTaxonomy(c) + " " + id).toLowerCase(Locale.ROOT);
  }

  /**
   * The class without the taxonomy tokens blog engines add to an article's wrapper ({@code
   * category-advertising}, {@code tag-social-media}): they name the story's topic, not the
   * element's role.
   */
  private static String withoutTaxonomy(String className) {
    if (className.indexOf("category-") < 0 && className.indexOf("tag-") < 0) {
      return className;
    }
    StringBuilder b = new StringBuilder(className.length());
    for (String token : className.split(" ")) {
      String t = token.toLowerCase(Locale.ROOT);
      if (t.startsWith("category-") || t.startsWith("tag-") || t.startsWith("post_tag-") || t.startsWith("tags-")) {
        continue;
      }
      b.append(token).append(' ');
    }
    return b.toString();
  }

  /** Whether the class or id names page furniture (share bar, related list, byline, ad slot...). */
  public static boolean isBoilerplateName(String classAndId) {
    if (classAndId.isEmpty()) {
      return false;
    }
    for (String stem : BOILERPLATE_STEMS) {
      int at = classAndId.indexOf(stem);
      if (at >= 0 && !isExcused(classAndId, at, stem)) {
        return true;
      }
    }
    int start = -1;
    for (int i = 0; i <= classAndId.length(); i++) {
      boolean word = i < classAndId.length() && isWordChar(classAndId.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (i - start <= 6 && BOILERPLATE_TOKENS.contains(classAndId.substring(start, i))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /** Stems that also begin ordinary words used for article containers. */
  private static boolean isExcused(String s, int at, String stem) {
    int after = at + stem.length();
    switch (stem) {
      case "comment":
        return s.startsWith("ar", after); // commentary: opinion articles
      case "bio":
        return at > 0 && Character.isLetter(s.charAt(at - 1)) || s.startsWith("logy", after);
      case "meta":
      case "tags":
      case "toc":
      case "skip":
      case "jump":
      case "hero":
      case "thumb":
      case "img":
      case "image":
      case "media":
      case "photo":
      case "print":
      case "alert":
      case "login":
      case "follow":
      case "embed":
      case "video":
      case "audio":
      case "pager":
        // Short stems count only at the start of a word.
        return at > 0 && Character.isLetterOrDigit(s.charAt(at - 1));
      default:
        return false;
    }
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Readability's class weight: +25 when the class or id suggests article text, -25 when it
   * suggests furniture, for class and id each.
   */
  public static int classWeight(Element e) {
    if (e.attributesSize() == 0) {
      return 0;
    }
    int w = 0;
    String c = e.className();
    if (!c.isEmpty()) {
      w += weightOf(c.toLowerCase(Locale.ROOT));
    }
    String id = e.id();
    if (!id.isEmpty()) {
      w += weightOf(id.toLowerCase(Locale.ROOT));
    }
    return w;
  }

  private static int weightOf(String s) {
    int w = 0;
    for (String n : NEGATIVE_STEMS) {
      if (s.contains(n)) {
        w -= 25;
        break;
      }
    }
    for (String p : POSITIVE_STEMS) {
      if (s.contains(p)) {
        w += 25;
        break;
      }
    }
    return w;
  }

  private static String compact(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
