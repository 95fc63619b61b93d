package io.corpus.clean;

import io.corpus.clean.html.DomRules;
import io.corpus.clean.html.PageMetadata;
import io.corpus.clean.internal.BuiltInRules;
import io.corpus.clean.internal.EditBuffer;
import io.corpus.clean.internal.HtmlInput;
import io.corpus.clean.internal.TextMarkup;
import io.corpus.clean.meta.BylineExtractor;
import io.corpus.clean.meta.DateLineExtractor;
import io.corpus.clean.meta.FieldValues;
import io.corpus.clean.meta.HeadlineExtractor;
import io.corpus.clean.meta.SourceLineExtractor;
import io.corpus.clean.rules.RuleSpec;
import io.corpus.clean.transcript.SpeakerTurns;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cleans raw scraped documents: removes page chrome, recovers metadata and speaker turns, and
 * records every removal with the rule that made it.
 *
 * <p>A cleaner is immutable and thread-safe: build one and share it across threads. Cleaning is
 * deterministic (the same input always gives the same document) and idempotent (cleaning the clean
 * text again changes nothing).
 *
 * <pre>{@code
 * Cleaner cleaner = Cleaner.standard();
 * CorpusDocument doc = cleaner.clean(RawDocument.text("blinken.txt", rawText));
 * System.out.println(doc.title() + "\n\n" + doc.text());
 * }</pre>
 */
public final class Cleaner {

  /**
   * The id under which text that is HTML markup is read as an HTML page ({@code --disable} turns
   * it off): a scraper that stored an element's HTML in a text field.
   */
  public static final String HTML_IN_TEXT = "input.html-in-text";

  /** The id under which HTML character references in plain text are decoded. */
  public static final String CHARACTER_REFERENCES = "input.character-references";

  private final List<CleanStep> steps;
  private final DomRules domRules;
  private final boolean htmlInText;
  private final boolean references;
  /** The rule ids turned off, for steps that run several rules ({@link Draft#enabled}). */
  private final Set<String> disabled;

  /** The built-in headline step, if this cleaner runs it, and the header steps it runs once more. */
  private final @Nullable CleanStep headline;
  private final List<CleanStep> headerAgain;

  /**
   * The steps that take the chrome at a text's end, from the teaser cards to the appeals, by their
   * indexes in {@link #steps} (-1 when this cleaner does not run both ends): each reads the end as
   * the ones before it left it, so when one of them takes something, the two that read the end's
   * shape (the teaser cards', the footer's) run once more, as a second cleaning would, until a
   * round takes nothing ({@value #MAX_END_ROUNDS} rounds more at most). The promos', press
   * contacts' and appeals' steps read lines by what they say, wherever they stand: running all
   * five again changed no page of the held-out sets, the examples or the benchmark samples against
   * these two, and cost 7 to 10% of the cleaner's time (these two cost less than the profiles'
   * spread).
   */
  private final int endFirst;
  private final int endLast;
  /** Of those, the steps that read the end's shape (a rail's heading over its titles, the footer's run of short lines). */
  private final List<CleanStep> endReaders;
  static final int MAX_END_ROUNDS = 2;

  private Cleaner(List<CleanStep> steps, DomRules domRules, boolean htmlInText, boolean references, Set<String> disabled) {
    this.disabled = Set.copyOf(disabled);
    this.steps = List.copyOf(steps);
    CleanStep h = null;
    List<CleanStep> again = new ArrayList<>();
    for (CleanStep s : steps) {
      if (s instanceof HeadlineExtractor) {
        h = s;
        again.add(s);
        break;
      }
      if (s instanceof SourceLineExtractor || s instanceof BylineExtractor
          || s instanceof DateLineExtractor) {
        again.add(s);
      }
    }
    this.headline = h;
    this.headerAgain = h == null ? List.of() : List.copyOf(again);
    int first = -1;
    int last = -1;
    for (int i = 0; i < this.steps.size(); i++) {
      CleanStep s = this.steps.get(i);
      if (s instanceof io.corpus.clean.chrome.TeaserCardRemover && first < 0) {
        first = i;
      }
      if (s instanceof io.corpus.clean.chrome.AppealRemover && first >= 0) {
        last = i;
      }
    }
    this.endFirst = first;
    this.endLast = last;
    List<CleanStep> readers = new ArrayList<>();
    for (int i = Math.max(first, 0); i <= last; i++) {
      CleanStep s = this.steps.get(i);
      if (s instanceof io.corpus.clean.chrome.TeaserCardRemover || s instanceof io.corpus.clean.chrome.SiteFooterRemover) {
        readers.add(s);
      }
    }
    this.endReaders = List.copyOf(readers);
    this.domRules = domRules;
    this.htmlInText = htmlInText;
    this.references = references;
  }

  /**
   * What this cleaner does to plain-text input before its steps run, as {id, description} pairs,
   * for listings: the input rules {@code --disable} can turn off.
   */
  public List<List<String>> inputRules() {
    List<List<String>> out = new ArrayList<>();
    if (htmlInText) {
      out.add(List.of(HTML_IN_TEXT, "Text that is HTML markup (<p>…</p>, …<br><br>…) is read as an HTML page."));
    }
    if (references) {
      out.add(List.of(CHARACTER_REFERENCES, "HTML character references in plain text (&#8217;, &amp;, &nbsp;) are decoded."));
    }
    return List.copyOf(out);
  }

  /** A cleaner with every built-in rule and no others. */
  public static Cleaner standard() {
    return builder().build();
  }

  /** A builder that starts from the built-in rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The steps this cleaner runs, in order. */
  public List<CleanStep> steps() {
    return steps;
  }

  /** The selector rules this cleaner applies to HTML pages before extraction, in order. */
  public List<RuleSpec> selectorRules() {
    return domRules.specs();
  }

  /**
   * Cleans one document.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public CorpusDocument clean(RawDocument raw) {
    Objects.requireNonNull(raw, "raw");
    Draft draft;
    boolean html = raw.type() == ContentType.HTML || (htmlInText && TextMarkup.isHtml(raw.content()));
    if (html) {
      HtmlInput.Page page = HtmlInput.read(raw.content(), raw.url(), domRules);
      draft = new Draft(raw.source(), raw.url(), ContentType.HTML, page.buffer(), disabled);
      seedMetadata(draft, raw);
      pageMetadata(draft, page.metadata());
    } else {
      TextMarkup.Decoded decoded = references ? TextMarkup.decode(raw.content()) : null;
      EditBuffer buffer = decoded == null
          ? new EditBuffer(raw.content())
          : new EditBuffer(decoded.text(), decoded.toRaw(), raw.content().length());
      draft = new Draft(raw.source(), raw.url(), raw.type(), buffer, disabled);
      seedMetadata(draft, raw);
    }
    int endRemovals = 0;
    for (int index = 0; index < steps.size(); index++) {
      CleanStep step = steps.get(index);
      if (index == endFirst) {
        endRemovals = draft.buffer().removalCount();
      }
      int before = step == headline ? draft.buffer().removalCount() : -1;
      draft.runStep(step);
      if (before >= 0 && draft.buffer().removalCount() > before) {
        // The headline step took lines off the top: the header lines it left (a date line, a
        // byline, a second kicker) are read once more as a second cleaning would read them, now
        // that they stand where the header zone starts.
        for (CleanStep again : headerAgain) {
          draft.runStep(again);
        }
      }
      if (index == endLast) {
        for (int round = 0; round < MAX_END_ROUNDS && draft.buffer().removalCount() > endRemovals; round++) {
          endRemovals = draft.buffer().removalCount();
          for (CleanStep again : endReaders) {
            draft.runStep(again);
          }
        }
      }
    }
    String text = draft.text();
    return CorpusDocument.builder(raw.id() != null ? raw.id() : deriveId(raw), raw.source())
        .url(draft.url())
        .title(withoutPublisherSuffix(draft.title(), draft.publisher()))
        .subtitle(draft.subtitle())
        .authors(draft.authors())
        .published(draft.published())
        .publisher(raw.metadata().get("publisher") != null ? draft.publisher()
            : io.corpus.clean.internal.PublisherNames.asThePageNamesIt(draft.publisher(), raw.content()))
        .language(draft.language())
        .text(text)
        .turns(SpeakerTurns.of(text))
        .truncated(draft.truncated())
        .removals(draft.buffer().removals())
        .build();
  }

  /**
   * The title without the publisher's name that a feed or an API appended to it ({@code "Vendas
   * de máquinas agrícolas caem 12,4% - InfoMercado"} from InfoMercado): after a dash or a bar,
   * the publisher's name alone, ignoring case.
   */
  static @Nullable String withoutPublisherSuffix(@Nullable String title, @Nullable String publisher) {
    if (title == null || publisher == null || publisher.isBlank()) {
      return title;
    }
    String p = publisher.strip();
    for (String sep : new String[] {" - ", " | ", " \u2013 ", " \u2014 "}) {
      int at = title.length() - p.length() - sep.length();
      if (at > 0 && title.regionMatches(at, sep, 0, sep.length()) && title.regionMatches(true, at + sep.length(), p, 0, p.length())) {
        return title.substring(0, at).strip();
      }
    }
    return title;
  }

  /** What the page states about itself fills what the input did not know. */
  private static void pageMetadata(Draft draft, PageMetadata meta) {
    draft.titleIfAbsent(meta.title());
    draft.subtitleIfAbsent(meta.subtitle());
    for (String a : meta.authors()) {
      draft.addAuthor(a);
    }
    draft.publishedIfAbsent(meta.published());
    draft.publisherIfAbsent(meta.publisher());
    draft.languageIfAbsent(meta.language());
    draft.canonicalUrlIfAbsent(meta.canonicalUrl());
  }

  /**
   * What the input already knew comes first; rules fill in only what is missing. Values that still
   * carry HTML (WordPress's rendered titles, an excerpt in tags) are read as text, dates in the
   * forms exports use are read ({@link FieldValues#date}), and an author without a letter (an
   * account number) is no name.
   */
  private static void seedMetadata(Draft draft, RawDocument raw) {
    var m = raw.metadata();
    draft.titleIfAbsent(plain(m.get("title")));
    draft.subtitleIfAbsent(plain(m.get("subtitle")));
    String authors = m.get("authors");
    if (authors != null) {
      for (String a : plain(authors).split(";")) {
        if (hasLetter(a)) {
          draft.addAuthor(a);
        }
      }
    }
    String published = m.get("published");
    if (published != null) {
      // Not a date: null, and the rules may still find the date in the text.
      draft.publishedIfAbsent(FieldValues.date(published));
    }
    draft.publisherIfAbsent(plain(m.get("publisher")));
    draft.languageIfAbsent(m.get("language"));
  }

  private static @Nullable String plain(@Nullable String value) {
    return value == null ? null : FieldValues.plain(value);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A stable id for a document that has none: the first 16 hex digits of the SHA-256 of its source
   * and content. The same input gives the same id in every run; two documents of one run differ in
   * their source, so their ids differ.
   */
  public static String deriveId(RawDocument raw) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(raw.source().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(raw.content().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Builds a {@link Cleaner}. Not thread-safe. */
  public static final class Builder {
    private final List<CleanStep> steps = new ArrayList<>(BuiltInRules.steps());
    private final List<RuleSpec> selectorRules = new ArrayList<>(DomRules.builtInSpecs());
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder() {}

    /** Adds a step; it runs in its phase after the steps already there. */
    public Builder addStep(CleanStep step) {
      steps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /** Adds steps in order. */
    public Builder addSteps(Collection<? extends CleanStep> more) {
      for (CleanStep s : more) {
        addStep(s);
      }
      return this;
    }

    /**
     * Adds the selector rules among {@code rules} (rules of other kinds are ignored here): for
     * HTML pages they remove elements before extraction, after the built-in selector rules.
     *
     * @throws IllegalArgumentException naming the rule when a selector does not parse
     */
    public Builder addSelectorRules(Collection<RuleSpec> rules) {
      DomRules.of(rules); // fail now, naming the rule, rather than at the first page
      for (RuleSpec r : rules) {
        if (r.kind() == io.corpus.clean.rules.RuleKind.SELECTOR) {
          selectorRules.add(r);
        }
      }
      return this;
    }

    /** Adds the steps of every {@link RulePack} on the class path or module path. */
    public Builder loadRulePacks() {
      List<RulePack> packs = new ArrayList<>();
      ServiceLoader.load(RulePack.class).forEach(packs::add);
      packs.sort(Comparator.comparing(RulePack::name));
      for (RulePack p : packs) {
        addSteps(p.steps());
      }
      return this;
    }

    /** Turns off the step with this id (and, for a rule file, the rule with this id). */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /** The ids that {@link #disable} named; rule-file steps read this to skip single rules. */
    public Set<String> disabled() {
      return Set.copyOf(disabled);
    }

    public Cleaner build() {
      List<CleanStep> ordered = new ArrayList<>();
      for (Phase phase : Phase.values()) {
        for (CleanStep s : steps) {
          if (s.phase() == phase && !disabled.contains(s.id())) {
            ordered.add(s);
          }
        }
      }
      return new Cleaner(ordered, DomRules.of(selectorRules).without(disabled),
          !disabled.contains(HTML_IN_TEXT), !disabled.contains(CHARACTER_REFERENCES), disabled);
    }
  }
}
