package io.corpus.ingest.internal;

import io.corpus.clean.html.HtmlDecoding;
import io.corpus.ingest.DocumentSource;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An RSS 2.0 or Atom feed: every item (RSS) or entry (Atom) is a document, its HTML the full text
 * when the feed carries it ({@code content:encoded}, Atom {@code content}) and else the summary
 * ({@code description}, {@code summary}), with its link, id, title, authors and date as metadata.
 * A feed is read whole (it is one document's size at most, like any file) and parsed with jsoup's
 * XML parser, which reads the CDATA and entity-escaped HTML feeds carry. Not thread-safe.
 */
public final class FeedSource extends AbstractSource {

  /** The most tags a feed may have (a feed of 500 items of 30 elements has 15,000): at most some 90 MB parsed, beside the HTML budget. */
  static final int MAX_TAGS = 100_000;

  private final Iterator<Element> items;
  private final boolean atom;
  private long number;
  /** How the feed's bytes needed attention (not valid UTF-8), told on its first document; or null. */
  private @Nullable String warning;

  private FeedSource(String name, List<Element> items, boolean atom) {
    super(name, () -> {});
    this.items = items.iterator();
    this.atom = atom;
  }

  /** The source of a feed whose bytes are {@code data}, read here whole up to the document cap. */
  static DocumentSource open(String name, InputStream data, InputOptions options) throws IOException {
    byte[] bytes = Opener.readWhole(data, options);
    if (bytes == null) {
      return Opener.reject(name, "a feed larger than the maximum document size of " + options.maxDocumentBytes() + " bytes");
    }
    int tags = 0;
    for (byte b : bytes) {
      tags += b == '<' ? 1 : 0;
    }
    if (tags > MAX_TAGS) {
      // jsoup holds some 500 to 900 bytes per element: millions of tiny ones would take the heap.
      return Opener.reject(name, "a feed of more than " + MAX_TAGS + " tags; real feeds have a few thousand");
    }
    TextDecoding.Decoded text = decode(bytes);
    Document xml = Jsoup.parse(text.text(), "", Parser.xmlParser());
    boolean atom = xml.selectFirst("feed") != null && xml.selectFirst("rss") == null;
    List<Element> items = new ArrayList<>(xml.getElementsByTag(atom ? "entry" : "item"));
    if (items.isEmpty()) {
      return Opener.reject(name, "a feed without any " + (atom ? "entry" : "item"));
    }
    FeedSource feed = new FeedSource(name, items, atom);
    feed.warning = text.warning() == null ? null : name + " " + text.warning();
    return feed;
  }

  /**
   * The feed's text: in the encoding its XML declaration names ({@code <?xml version="1.0"
   * encoding="windows-1251"?>}) when that is a known one other than UTF-8, else as a text file
   * (UTF-8, its invalid bytes as Windows-1252, with a warning).
   */
  private static TextDecoding.Decoded decode(byte[] bytes) {
    String prolog = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(prolog);
    if (prolog.startsWith("<?xml") && m.find()) {
      Charset cs = HtmlDecoding.forLabel(m.group(1));
      if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
        return new TextDecoding.Decoded(new String(bytes, cs), null);
      }
    }
    return TextDecoding.decode(bytes);
  }

  /** The encoding of an XML declaration; bounded, on the first 256 chars only. */
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]{0,200}?encoding\\s{0,5}=\\s{0,5}[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  @Override
  protected long nextNumber() {
    return number + 1;
  }

  @Override
  protected @Nullable SourceEntry frame() {
    if (!items.hasNext()) {
      return null;
    }
    long n = ++number;
    return SourceEntry.of(atom ? atomEntry(items.next(), n) : rssItem(items.next(), n));
  }

  private InputRecord rssItem(Element item, long n) {
    String html = firstText(item, "content|encoded", "encoded", "description");
    Map<String, String> meta = new LinkedHashMap<>();
    put(meta, "title", plain(firstText(item, "title")));
    put(meta, "published", isoDate(firstText(item, "pubDate", "dc|date", "date")));
    put(meta, "authors", names(item.select("dc|creator, creator, author")));
    String link = firstText(item, "link");
    return document(n, firstText(item, "guid"), link, html, meta);
  }

  private InputRecord atomEntry(Element entry, long n) {
    Element content = entry.selectFirst("> content");
    String html = content != null && content.attr("type").equalsIgnoreCase("xhtml")
        ? content.html() // inline XHTML: the markup itself
        : firstText(entry, "content", "summary");
    Map<String, String> meta = new LinkedHashMap<>();
    put(meta, "title", plain(firstText(entry, "title")));
    put(meta, "published", isoDate(firstText(entry, "published", "updated")));
    put(meta, "authors", names(entry.select("author > name")));
    String link = null;
    for (Element l : entry.getElementsByTag("link")) {
      String rel = l.attr("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        link = l.attr("href").strip();
        break;
      }
    }
    return document(n, firstText(entry, "id"), link, html, meta);
  }

  private InputRecord document(long n, @Nullable String id, @Nullable String url, @Nullable String html, Map<String, String> meta) {
    if (html == null || html.isBlank()) {
      return new InputRecord.Reject(name(), n, "a feed " + (atom ? "entry" : "item")
          + " without content or summary" + (meta.containsKey("title") ? " (\"" + meta.get("title") + "\")" : ""));
    }
    List<String> warnings = warning == null ? List.of() : List.of(warning);
    warning = null;
    return new InputRecord.Document(name(), n,
        new RawDocument(name() + "#" + n, blankToNull(id), blankToNull(url), html, ContentType.HTML, Map.copyOf(meta)),
        warnings);
  }

  /** The text of the first child element named one of {@code tags} (namespace prefixes as {@code ns|tag}). */
  private static @Nullable String firstText(Element parent, String... tags) {
    for (String tag : tags) {
      for (Element e : parent.children()) {
        String name = e.tagName();
        if (name.equalsIgnoreCase(tag.replace('|', ':')) || (tag.indexOf('|') < 0 && name.equalsIgnoreCase(tag))) {
          String text = e.wholeText();
          if (!text.isBlank()) {
            return text.strip();
          }
        }
      }
    }
    return null;
  }

  /** The non-blank texts of {@code elements} joined with {@code ;} (how authors travel), or null. */
  private static @Nullable String names(List<Element> elements) {
    List<String> names = new ArrayList<>();
    for (Element e : elements) {
      if (!e.text().isBlank()) {
        names.add(e.text().strip());
      }
    }
    return names.isEmpty() ? null : String.join(";", names);
  }

  /** A title may hold escaped markup: its text. */
  private static @Nullable String plain(@Nullable String s) {
    return s == null ? null : Jsoup.parse(s).text();
  }

  /** An RSS (RFC 822) or Atom (ISO 8601) date as the ISO date the metadata takes; null when neither. */
  public static @Nullable String isoDate(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String d = s.strip();
    try {
      return OffsetDateTime.parse(d).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      // not ISO 8601
    }
    for (DateTimeFormatter f : RFC_822) {
      try {
        return ZonedDateTime.parse(d, f).toLocalDate().toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return d.length() >= 10 && d.charAt(4) == '-' ? d.substring(0, 10) : null;
  }

  /** RFC 822 dates as feeds write them: with or without the weekday, a numeric zone or a name. */
  private static final List<DateTimeFormatter> RFC_822 = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH));

  private static void put(Map<String, String> meta, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      meta.put(key, value);
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
