package io.corpus.clean.internal;

import io.corpus.clean.UncleanableDocumentException;
import io.corpus.clean.html.ContentExtractor;
import io.corpus.clean.html.DomRules;
import io.corpus.clean.html.PageMetadata;
import io.corpus.model.Removal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * An HTML input made ready for the text steps: the page parsed (with source positions), its
 * metadata read, the DOM rules applied, and the main text extracted into an {@link EditBuffer}
 * whose offsets point into the HTML source. Thread-safe.
 *
 * <p>A parsed page costs memory by its elements, not its bytes: jsoup with source positions
 * holds 500 to 900 bytes per element, so 16 MB of dense tags ({@code <p>x</p>} over and over)
 * would need 1.8 GB. Pages are therefore parsed within one budget of start tags shared by every
 * thread of the process, {@link #START_TAG_BUDGET}: a page waits until its tags fit, and a page
 * with more tags than the whole budget is refused ({@link UncleanableDocumentException}). Real
 * pages are far below it (the 181 news pages of the Zyte extraction benchmark have 1,737 at most).
 */
public final class HtmlInput {

  /**
   * Start tags that may be parsed at once, all threads together: about 90 to 180 MB of parsed
   * pages at most, within the launcher's 384 MB heap beside the text documents in flight.
   */
  public static final int START_TAG_BUDGET = 200_000;

  private static final Semaphore START_TAGS = new Semaphore(START_TAG_BUDGET);

  /** The extracted text (with DOM removals already recorded) and the page's own metadata. */
  public record Page(EditBuffer buffer, PageMetadata metadata) {}

  private HtmlInput() {}

  /**
   * Reads one page.
   *
   * @param html the page source
   * @param url the page address if the input knew it, used for site-scoped rules and relative links
   */
  public static Page read(String html, @Nullable String url, DomRules rules) {
    int tags = startTags(html);
    if (tags > START_TAG_BUDGET) {
      throw new UncleanableDocumentException(String.format(Locale.ROOT,
          "an HTML page of %,d start tags, more than the %,d a page may have (parsing it would need"
              + " about %,d MB)", tags, START_TAG_BUDGET, (long) tags * 900 / 1_000_000));
    }
    int permits = Math.max(1, tags);
    START_TAGS.acquireUninterruptibly(permits);
    try {
      return parse(html, url, rules);
    } finally {
      START_TAGS.release(permits);
    }
  }

  /** The number of {@code <} followed by an ASCII letter: the page's start tags, about. */
  static int startTags(String html) {
    int n = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        n++;
      }
    }
    return n;
  }

  private static Page parse(String html, @Nullable String url, DomRules rules) {
    // jsoup turns every tracked position into a line and column by a binary search over the
    // newlines it has seen, and records each newline as it reads: about a sixth of the whole clean
    // path. The offsets are all we use, so the parser reads the page with each LF written as CR,
    // the same length, which HTML treats alike (the spec reads a CR as a line break; jsoup takes
    // both as white space) and which jsoup does not count as a line.
    String parsed = html.indexOf('\n') < 0 ? html : html.replace('\n', '\r');
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(parsed, url == null ? "" : url);
    PageMetadata meta = PageMetadata.of(doc);
    String host = hostOf(url != null ? url : meta.canonicalUrl());
    List<Removal> removed = rules.apply(doc, host);
    ContentExtractor.Extracted main = ContentExtractor.standard().extract(doc);
    EditBuffer buffer = new EditBuffer(main.text(), main.sourceOffsets(), html.length());
    for (Removal r : removed) {
      buffer.record(r);
    }
    return new Page(buffer, meta);
  }

  /** The host of an address, lower-cased, without {@code www.}; null if there is none. */
  public static @Nullable String hostOf(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
