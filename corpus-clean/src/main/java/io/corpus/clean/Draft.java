package io.corpus.clean;

import io.corpus.clean.internal.EditBuffer;
import io.corpus.clean.internal.HtmlInput;
import io.corpus.clean.internal.PersonNames;
import io.corpus.model.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document while it is being cleaned: the current text, what is known about it, and the edits
 * the running {@link CleanStep} asks for.
 *
 * <p>Offsets passed to {@link #remove} and {@link #normalize} refer to {@link #text()} as the step
 * received it; the pipeline applies them after the step returns. Metadata setters named {@code
 * …IfAbsent} keep a value an earlier step or the input already set. Not thread-safe: one draft per
 * document, one step at a time.
 */
public final class Draft {

  private final String source;
  private final @Nullable String url;
  private final ContentType type;
  private final EditBuffer buffer;
  private final java.util.Set<String> disabled;
  private String stepId = "unknown";

  private @Nullable String title;
  private @Nullable String subtitle;
  private final List<String> authors = new ArrayList<>();
  private @Nullable LocalDate published;
  private @Nullable String publisher;
  /** A weaker sign of the publisher (a copyright notice's holder), used when nothing else names one. */
  private @Nullable String fallbackPublisher;
  private final String original;
  private @Nullable String language;
  private @Nullable String canonicalUrl;
  private boolean truncated;
  /** {@link #host()} of {@link #hostUrl}: parsing the address is costly, and rules ask often. */
  private @Nullable String host;
  private @Nullable String hostUrl;

  Draft(String source, @Nullable String url, ContentType type, EditBuffer buffer) {
    this(source, url, type, buffer, java.util.Set.of());
  }

  Draft(String source, @Nullable String url, ContentType type, EditBuffer buffer, java.util.Set<String> disabled) {
    this.source = source;
    this.url = url;
    this.type = type;
    this.buffer = buffer;
    this.disabled = disabled;
    this.original = buffer.text();
  }

  /**
   * The text as the first step saw it (after HTML extraction, before any step's edit): a step
   * that weighs a line against the whole page (is the name above the headline named again in the
   * footer?) reads it here, after the footer is gone from {@link #text()}.
   */
  public String originalText() {
    return original;
  }

  /**
   * Whether the rule {@code ruleId} is on: a step that runs several rules (see {@link
   * CleanStep#ruleIds()}) asks before it removes under one that is not its own id, which the
   * cleaner's builder may have turned off alone.
   */
  public boolean enabled(String ruleId) {
    return !disabled.contains(ruleId);
  }

  /** The current text. */
  public String text() {
    return buffer.text();
  }

  /** Where the document came from. */
  public String source() {
    return source;
  }

  /** The page address, if known. */
  public @Nullable String url() {
    return canonicalUrl != null ? canonicalUrl : url;
  }

  /** Whether the raw input was HTML (the text is then what extraction made of it). */
  public ContentType type() {
    return type;
  }

  /**
   * The host of {@link #url()}, lower-cased and without a leading {@code www.}, or null when the
   * address is unknown or not a URL. Site-scoped rules compare against it.
   */
  public @Nullable String host() {
    String u = url();
    if (u != hostUrl) { // the address is set once, or once more by canonicalUrlIfAbsent
      host = HtmlInput.hostOf(u);
      hostUrl = u;
    }
    return host;
  }

  /** Removes {@code [start, end)}, recorded under the running step's id. */
  public void remove(int start, int end) {
    buffer.edit(start, end, "", stepId);
  }

  /** Removes {@code [start, end)}, recorded under {@code ruleId} (for steps that run several rules). */
  public void remove(int start, int end, String ruleId) {
    buffer.edit(start, end, "", Objects.requireNonNull(ruleId, "ruleId"));
  }

  /**
   * Replaces white space with other white space, unrecorded: line endings, no-break spaces, runs
   * of spaces. Both the span and the replacement must be blank (see {@link #isBlank(char)}), so
   * normalizing can never change a word.
   *
   * @throws IllegalArgumentException if the span or the replacement holds a visible char
   */
  public void normalize(int start, int end, String replacement) {
    String t = buffer.text();
    for (int i = start; i < end; i++) {
      if (!isBlank(t.charAt(i))) {
        throw new IllegalArgumentException(
            "normalize may only replace blank chars, found U+" + Integer.toHexString(t.charAt(i)) + " at " + i);
      }
    }
    for (int i = 0; i < replacement.length(); i++) {
      if (!isBlank(replacement.charAt(i))) {
        throw new IllegalArgumentException("normalize may only insert blank chars: " + replacement);
      }
    }
    buffer.edit(start, end, replacement, null);
  }

  /**
   * After removing {@code [start, end)} of {@code t} (the text as it was before the removal), puts
   * one space at the seam when the removed span held a letter or digit and stood glued between
   * two visible chars that a space belongs between: the one after it a letter, a digit or an
   * opening bracket or quote, the one before it not an opening bracket or quote. So the words on
   * either side do not fuse ("…month MORE[Español]", "it.Skip to main contentSecretary"), while
   * punctuation that closed the sentence stays where it was ("Graham MORE." gives "Graham.").
   * Removing something from the middle of a sentence leaves exactly one space at the seam. A
   * removed span of only marks (a soft hyphen, a symbol) leaves none: it may stand inside a word.
   */
  private static final String OPENING = "([{\u201C\u2018\u00AB";

  public static void keepApart(Draft draft, String t, int start, int end) {
    if (start <= 0 || end >= t.length() || isBlank(t.charAt(start - 1)) || OPENING.indexOf(t.charAt(start - 1)) >= 0) {
      return;
    }
    char after = t.charAt(end);
    if (!Character.isLetterOrDigit(after) && OPENING.indexOf(after) < 0) {
      return;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        draft.normalize(end, end, " ");
        return;
      }
    }
  }

  /**
   * Whether {@code c} is blank: white space, a space separator (no-break spaces included), an
   * invisible format char (zero-width space and joiners, word joiner, byte-order mark), or an ASCII
   * control char (NUL, BEL, ESC, DEL ...: junk in scraped text, and what breaks the tools a
   * dataset goes to, e.g. PostgreSQL refuses NUL in text and JSON).
   */
  public static boolean isBlank(char c) {
    if (c > ' ' && c < '\u007F') {
      return false; // printable ASCII, most of any English corpus: no Unicode table lookups
    }
    if (c == ' ') {
      return true; // a sixth of the chars of prose
    }
    if (c > '\u00A0' && c < '\u1680' || c >= '\u200E' && c <= '\u2027') {
      return false; // letters past ASCII, curly quotes, dashes, the ellipsis: no blank among them (a test reads every char)
    }
    return c < ' '
        || c == '\u007F'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF';
  }

  /**
   * Starts keeping track, under {@code key}, of where later edits change the text: from the
   * moment this step's own edits are applied, {@link #changedSince} lists the spans that every
   * later edit, by any step, produced. A step that brings the whole text to some form can so let a
   * later step check again only where the text changed since. Setting a key again starts afresh.
   */
  public void trackChanges(String key) {
    buffer.trackChanges(Objects.requireNonNull(key, "key"));
  }

  /** {@link #trackChanges}, with the edits this step makes counted too. */
  public void trackChangesFromThisStep(String key) {
    buffer.trackChangesFromThisStep(Objects.requireNonNull(key, "key"));
  }

  /**
   * The spans of the current text that edits produced since tracking under {@code key} started,
   * as {@code {start, end}} pairs in one array, sorted and disjoint; a removal gives an empty span
   * where it was, a replacement the span of its replacement. Null when nothing is tracked under
   * {@code key} (its step did not run, or was disabled): the caller must then check everything.
   */
  public int @Nullable [] changedSince(String key) {
    return buffer.changedSince(key);
  }

  /** The raw-input offset of char {@code index} of the current text. */
  public int rawOffset(int index) {
    return buffer.rawOffset(index);
  }

  String stepId() {
    return stepId;
  }

  void runStep(CleanStep step) {
    stepId = step.id();
    step.apply(this);
    buffer.commit();
  }

  EditBuffer buffer() {
    return buffer;
  }

  // --- metadata -------------------------------------------------------------------------------

  public @Nullable String title() {
    return title;
  }

  public void titleIfAbsent(@Nullable String value) {
    if (title == null && !isBlankString(value)) {
      title = value.strip();
    }
  }

  /**
   * Replaces the title: for the headline step only, when the page prints its headline twice at the
   * top of what is left after an earlier reading took a section's heading for the title.
   */
  public void replaceTitle(String value) {
    if (!isBlankString(value)) {
      title = value.strip();
    }
  }

  public @Nullable String subtitle() {
    return subtitle;
  }

  public void subtitleIfAbsent(@Nullable String value) {
    if (subtitle == null && !isBlankString(value)) {
      subtitle = value.strip();
    }
  }

  /**
   * The subtitle becomes the title and the subtitle is cleared: for a step that took a page-type
   * label ("Press briefing notes") for the headline and the headline under it for the dek.
   * Nothing happens when either is missing.
   */
  public void promoteSubtitle() {
    if (title != null && subtitle != null) {
      title = subtitle;
      subtitle = null;
    }
  }

  /** The authors found so far, in order; a copy. */
  public List<String> authors() {
    return List.copyOf(authors);
  }

  /**
   * Adds an author unless the same name (ignoring case) is already there: a name printed in
   * capitals in the case names are written, without a title before it ("Pastor", "Hon."); a
   * single word that names a role or a newsroom ("Newsroom", "Staff") is no author.
   */
  public void addAuthor(@Nullable String name) {
    if (isBlankString(name)) {
      return;
    }
    String n = PersonNames.withoutHonorifics(PersonNames.inNameCase(name.strip()));
    if (n.indexOf(' ') < 0 && PersonNames.isRoleOrNewsroomWord(n)) {
      return; // "Newsroom", "Staff", "Admin": a page's author field that names no person
    }
    for (String a : authors) {
      if (a.equalsIgnoreCase(n)) {
        return;
      }
    }
    authors.add(n);
  }

  public @Nullable LocalDate published() {
    return published;
  }

  public void publishedIfAbsent(@Nullable LocalDate value) {
    if (published == null) {
      published = value;
    }
  }

  /** The publisher: the one set by {@link #publisherIfAbsent}, or else the fallback. */
  public @Nullable String publisher() {
    return publisher != null ? publisher : fallbackPublisher;
  }

  public void publisherIfAbsent(@Nullable String value) {
    if (publisher == null && !isBlankString(value)) {
      publisher = value.strip();
    }
  }

  /**
   * A weaker sign of the publisher, such as the holder of a copyright notice at the end: {@link
   * #publisher()} gives it only when no step (and no input field) names the publisher, whichever
   * runs first, so the masthead above the headline wins over a wire service's notice below.
   */
  public void publisherFallbackIfAbsent(@Nullable String value) {
    if (fallbackPublisher == null && !isBlankString(value)) {
      fallbackPublisher = value.strip();
    }
  }

  public @Nullable String language() {
    return language;
  }

  public void languageIfAbsent(@Nullable String value) {
    if (language == null && !isBlankString(value)) {
      language = value.strip();
    }
  }

  /** Records the page's canonical address; {@link #url()} returns it from then on. */
  public void canonicalUrlIfAbsent(@Nullable String value) {
    if (canonicalUrl == null && url == null && !isBlankString(value)) {
      canonicalUrl = value.strip();
    }
  }

  public boolean truncated() {
    return truncated;
  }

  /** Marks the source as cut short (a news API's truncation marker, a cut-off last word). */
  public void markTruncated() {
    truncated = true;
  }

  private static boolean isBlankString(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
