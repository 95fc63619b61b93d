package io.corpus.clean.internal;

import io.corpus.clean.html.ContentExtractor;
import io.corpus.clean.html.DomRules;
import io.corpus.clean.html.PageMetadata;
import io.corpus.model.Removal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * An HTML input made ready for the text steps: the page parsed (with source positions), its
 * metadata read, the DOM rules applied, and the main text extracted into an {@link EditBuffer}
 * whose offsets point into the HTML source. Stateless; thread-safe.
 */
public final class HtmlInput {

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
