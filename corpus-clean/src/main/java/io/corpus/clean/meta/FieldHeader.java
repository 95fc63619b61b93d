package io.corpus.clean.meta;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.TextLines;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The field dump a news API, a feed or a syndication export writes at the top of an article when
 * its record is flattened to text ({@code "Title: …" / "Author: …" / "Published:
 * 2024-05-21T14:05:00Z" / "Content:"}; {@code "webTitle:"}, {@code "trailText:"}, {@code
 * "dc:creator:"}, {@code "pubDate:"}, {@code "HEADLINE:"}, {@code "BYLINE:"}): the fields go into
 * the metadata (title, subtitle, authors, published, publisher) and leave the body, the others
 * (addresses, images, sections, word counts) just leave it, and a label for the body ({@code
 * "Content:"}, {@code "bodyText:"}) goes too.
 *
 * <p>A dump is a run of two or more lines of known fields ({@code KEY: value}, the key one word,
 * maybe with a namespace, as the APIs spell them, in any case) that starts within the first
 * {@value #MAX_START} lines; a bare page address or a headline-shaped line right above it is the
 * record's address or title. One known field alone ("Source: Foreign Policy", "Date: July 11")
 * is no dump: the header steps read such lines. Runs before the other steps, so the line joiner
 * never takes the fields for a wrapped paragraph. Stateless and thread-safe.
 */
public final class FieldHeader implements CleanStep {

  public static final String ID = "meta.fields";
  /** The run of fields starts within this many lines of the text's start. */
  static final int MAX_START = 3;
  /** A dump has at most this many lines. */
  static final int MAX_FIELDS = 24;
  /** A field's value is at most this long. */
  static final int MAX_VALUE = 600;

  enum Kind {
    TITLE,
    SUBTITLE,
    AUTHOR,
    PUBLISHED,
    PUBLISHER,
    OTHER,
    BODY
  }

  /** The keys, lower-cased, without '_', '-' or a namespace ("dc:creator" is "creator"). */
  private static final Map<String, Kind> KEYS = keys();

  private static Map<String, Kind> keys() {
    Map<String, Kind> m = new java.util.HashMap<>();
    for (String k : List.of("title", "headline", "webtitle", "heading")) {
      m.put(k, Kind.TITLE);
    }
    for (String k : List.of("description", "trailtext", "standfirst", "summary", "dek", "subtitle", "subheadline",
        "excerpt", "teaser")) {
      m.put(k, Kind.SUBTITLE);
    }
    for (String k : List.of("author", "authors", "byline", "creator", "writer", "contributor", "contributors")) {
      m.put(k, Kind.AUTHOR);
    }
    for (String k : List.of("published", "publishedat", "pubdate", "date", "webpublicationdate", "datepublished",
        "publicationdate", "publishdate", "publisheddate", "firstpublished", "issued")) {
      m.put(k, Kind.PUBLISHED);
    }
    for (String k : List.of("source", "publication", "publisher", "sitename", "site", "outlet", "sourcename",
        "newspaper", "provider")) {
      m.put(k, Kind.PUBLISHER);
    }
    for (String k : List.of("url", "link", "urltoimage", "image", "imageurl", "weburl", "apiurl", "id", "guid",
        "sectionname", "section", "sectionid", "category", "categories", "tags", "keywords", "lang", "language",
        "words", "wordcount", "type", "pillarname", "updated", "updatedat", "lastmodified", "modified", "datemodified",
        "topic", "topics", "country", "rights", "license", "thumbnail", "permalink", "slug", "status", "totalresults",
        "sourceid", "articles", "results", "items")) {
      m.put(k, Kind.OTHER);
    }
    for (String k : List.of("content", "body", "bodytext", "text", "article", "fulltext", "story", "articlebody")) {
      m.put(k, Kind.BODY);
    }
    return Map.copyOf(m);
  }

  /** A field's key and value, and where the value starts in its line. */
  record Field(Kind kind, String value) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "The field dump of an API, feed or syndication export at the top (\"Title: …\", \"Author: …\", "
        + "\"Published: …\", \"Content:\"): fields into metadata, the dump out of the body.";
  }

  @Override
  public Phase phase() {
    return Phase.NORMALIZE;
  }

  @Override
  public void apply(Draft draft) {
    if (!colonNearAStart(draft.text())) {
      return; // most texts: no colon near the start of any of their first lines
    }
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_START + MAX_FIELDS + 1);
    int start = -1;
    for (int i = 0; i < Math.min(MAX_START, lines.size()) && start < 0; i++) {
      Field f = field(lines.get(i).text());
      if (f != null && f.kind() != Kind.BODY) {
        start = i;
      }
    }
    if (start < 0) {
      return;
    }
    int end = start;
    int known = 0;
    while (end < lines.size() && end - start < MAX_FIELDS) {
      Field f = field(lines.get(end).text());
      if (f == null) {
        break;
      }
      end++;
      if (f.kind() == Kind.BODY) {
        break;
      }
      known++;
    }
    if (known < 2) {
      return;
    }
    for (int i = 0; i < start; i++) {
      String s = lines.get(i).text();
      if (!(isAddress(s) || isCapsLabel(s) || syndicatedFrom(s) != null || i == 0 && HeadlineExtractor.headlineShaped(s, 40))) {
        return; // prose above: these are no record's fields
      }
    }
    removeTrailingFields(draft, lines.get(end - 1).end());
    boolean titled = false;
    for (int i = start; i < end; i++) {
      Field f = field(lines.get(i).text());
      titled |= take(draft, f);
      TextLines.Line l = lines.get(i);
      if (f.kind() == Kind.BODY && !f.value().isEmpty()) {
        // "Content: SAVANNAH, Ga. — …": the label goes, the body stays.
        draft.remove(l.start(), l.end() - f.value().length(), ID);
      } else {
        draft.remove(l.start(), l.end(), ID);
      }
    }
    // Above the fields: the record's address, and its title when no field gave one.
    for (int i = 0; i < start; i++) {
      TextLines.Line l = lines.get(i);
      String s = l.text();
      String from = syndicatedFrom(s);
      if (isAddress(s) || isCapsLabel(s)) {
        draft.remove(l.start(), l.end(), ID);
      } else if (from != null) {
        draft.publisherIfAbsent(from);
        draft.remove(l.start(), l.end(), ID);
      } else if (!titled && i == 0 && HeadlineExtractor.headlineShaped(s, 40)) {
        draft.titleIfAbsent(s);
        draft.remove(l.start(), l.end(), ID);
        titled = true;
      }
    }
  }

  /**
   * The same record's fields after its body ({@code "articles[0].keywords: LNG, Qatar"} / {@code
   * "articles[0].category: Markets"}): a run of known fields that ends the text, after {@code
   * from}. Two lines at least, or one whose key is a record's path; a body's last line
   * ("Source: Reuters") is read by the source-line step.
   */
  private static void removeTrailingFields(Draft draft, int from) {
    String t = draft.text();
    int end = t.length();
    while (end > from && Draft.isBlank(t.charAt(end - 1))) {
      end--;
    }
    int runStart = end;
    int count = 0;
    boolean path = false;
    int lineEnd = end;
    while (lineEnd > from && count < MAX_FIELDS) {
      int lineStart = t.lastIndexOf('\n', lineEnd - 1) + 1;
      if (lineStart <= from) {
        break;
      }
      String line = t.substring(lineStart, lineEnd).strip();
      if (!line.isEmpty()) {
        Field f = field(line);
        if (f == null || f.kind() == Kind.BODY) {
          break;
        }
        count++;
        int colon = line.indexOf(':');
        String key = colon > 0 ? line.substring(0, colon) : "";
        path |= key.indexOf('.') > 0 || key.indexOf(']') > 0;
        runStart = lineStart;
      }
      lineEnd = lineStart - 1;
    }
    if (count >= 2 || count == 1 && path) {
      draft.remove(runStart, end, ID);
    }
  }

  /**
   * Whether one of the first {@value #MAX_START} non-blank lines holds a ':' within its first 32
   * chars (a field's key is at most 30): read char by char, at most 32 chars a line.
   */
  private static boolean colonNearAStart(String t) {
    int lines = 0;
    int i = 0;
    int n = t.length();
    while (i < n && lines < MAX_START) {
      while (i < n && Draft.isBlank(t.charAt(i))) {
        i++;
      }
      int limit = Math.min(n, i + 32);
      for (int k = i; k < limit; k++) {
        char c = t.charAt(k);
        if (c == ':') {
          return true;
        }
        if (c == '\n') {
          break;
        }
      }
      int nl = t.indexOf('\n', i);
      if (nl < 0) {
        return false;
      }
      i = nl + 1;
      lines++;
    }
    return false;
  }

  /** Puts a field's value into the metadata; returns whether it was the title. */
  private static boolean take(Draft draft, Field f) {
    String v = f.value();
    if (v.isEmpty() || v.equals("null")) {
      return false; // "source.id: null": a JSON record's empty field
    }
    switch (f.kind()) {
      case TITLE -> {
        draft.titleIfAbsent(v);
        return true;
      }
      case SUBTITLE -> draft.subtitleIfAbsent(v);
      case AUTHOR -> {
        for (String name : v.split("\\s*(?:;|,|&|\\band\\b)\\s*")) {
          if (!name.isBlank() && name.chars().anyMatch(Character::isLetter) && name.length() <= 80) {
            draft.addAuthor(name);
          }
        }
      }
      case PUBLISHED -> {
        LocalDate d = FieldValues.date(v);
        if (d != null) {
          draft.publishedIfAbsent(d);
        }
      }
      case PUBLISHER -> {
        if (!isAddress(v)) {
          draft.publisherIfAbsent(v);
        }
      }
      default -> {}
    }
    return false;
  }

  /**
   * The line as a known field, or null: a key of letters and digits (maybe {@code ns:key}, with
   * '_' or '-' inside), at most 30 chars, that {@link #KEYS} knows, then ':' and the value (which
   * a body label may lack). Several fields on one line are none.
   */
  static @Nullable Field field(String line) {
    int n = line.length();
    int i = 0;
    int colon = -1;
    while (i < n && i <= 30) {
      char c = line.charAt(i);
      if (c == ':') {
        if (colon < 0 && i + 1 < n && Character.isLetter(line.charAt(i + 1)) && i > 0) {
          colon = i; // a namespace: "dc:creator:"
          i++;
          continue;
        }
        break;
      }
      if (!(Character.isLetterOrDigit(c) && c < 128 || (c == '_' || c == '-' || c == '.' || c == '[' || c == ']') && i > 0)) {
        return null;
      }
      i++;
    }
    if (i >= n && i > 3 && line.charAt(n - 1) == ']' && colon < 0 && Character.isLetter(line.charAt(0))
        && kind(line) == Kind.OTHER) {
      return new Field(Kind.OTHER, ""); // "articles[0]", a record's container, with no colon
    }
    if (i >= n || i > 30 || line.charAt(i) != ':' || i == 0 || !Character.isLetter(line.charAt(0))) {
      return null;
    }
    String raw = line.substring(colon < 0 ? 0 : colon + 1, i);
    String value = line.substring(i + 1).strip();
    Kind kind = kind(raw);
    if (kind == null) {
      return null;
    }
    boolean container = raw.endsWith("]") && kind == Kind.OTHER; // "articles[0]:" over its record's fields
    if (value.length() > MAX_VALUE || value.isEmpty() && kind != Kind.BODY && !container || severalFields(value)) {
      return null;
    }
    return new Field(kind, value);
  }

  /**
   * The kind of a key, or null. A flattened JSON record's path ({@code "source.name"}, {@code
   * "articles[0].keywords"}) is read without its indexes, as one key ({@code "sourcename"}), else
   * without its first part ({@code "keywords"}).
   */
  private static @Nullable Kind kind(String raw) {
    String key = raw;
    if (key.indexOf('[') >= 0) {
      key = key.replaceAll("\\[[0-9]{1,6}\\]", "");
      if (key.indexOf('[') >= 0 || key.indexOf(']') >= 0) {
        return null;
      }
    }
    key = key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    int dot = key.indexOf('.');
    if (dot < 0) {
      return KEYS.get(key);
    }
    if (dot == 0 || key.endsWith(".") || key.contains("..")) {
      return null;
    }
    Kind whole = KEYS.get(key.replace(".", ""));
    return whole != null ? whole : KEYS.get(key.substring(dot + 1).replace(".", ""));
  }

  /** Lead-ins that name the outlet a syndicated record comes from. */
  private static final List<String> SYNDICATED = List.of("Syndicated from ", "Originally published by ",
      "Originally published in ", "Republished from ", "Republished with permission from ", "Distributed by ");

  /** The outlet {@code "Syndicated from The Gulf Coast Chronicle"} names, or null. */
  static @Nullable String syndicatedFrom(String s) {
    for (String lead : SYNDICATED) {
      if (s.regionMatches(true, 0, lead, 0, lead.length())) {
        String outlet = s.substring(lead.length()).strip();
        if (outlet.endsWith(".")) {
          outlet = outlet.substring(0, outlet.length() - 1);
        }
        return outlet.isEmpty() || outlet.length() > 80 || !Character.isUpperCase(outlet.charAt(0)) ? null : outlet;
      }
    }
    return null;
  }

  /** A label in capitals over a record ({@code "PARTNER CONTENT"}, {@code "SPONSORED"}): four words at most, no small letter. */
  private static boolean isCapsLabel(String s) {
    if (s.length() > 40 || s.split(" +").length > 4) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c) || c == '.' || c == ':') {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Whether a value holds another field after a separator ({@code "eng · Sentiment: -0.21"}). */
  private static boolean severalFields(String value) {
    for (String sep : new String[] {" \u00B7 ", " | ", " \u2022 "}) {
      int at = value.indexOf(sep);
      if (at >= 0 && value.indexOf(':', at) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A bare web address. */
  private static boolean isAddress(String s) {
    return (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.")) && s.indexOf(' ') < 0;
  }
}
