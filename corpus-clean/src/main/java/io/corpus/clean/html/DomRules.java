package io.corpus.clean.html;

import io.corpus.clean.rules.RuleFile;
import io.corpus.clean.rules.RuleKind;
import io.corpus.clean.rules.RuleSpec;
import io.corpus.model.Removal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Selector rules applied to a parsed page before extraction: each rule names page chrome with a
 * CSS selector (the US-government banner, a name tooltip's popup, a cookie banner...), and every
 * element it matches is removed and recorded as a {@link Removal} whose offsets point into the
 * HTML source.
 *
 * <p>Rules come from rule files ({@code kind: selector}), the same files and format as the text
 * rules; the built-in ones are in {@code io/corpus/clean/rules/dom.yaml}. A rule with {@code
 * sites} applies only to pages from those hosts. Rules run in file order; an element inside one
 * already removed is not recorded again.
 *
 * <p>Immutable and thread-safe (selectors are compiled once).
 *
 * <pre>{@code
 * DomRules rules = DomRules.of(RuleFile.load(Path.of("my-rules.yaml")));
 * Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, url);
 * List<Removal> removed = rules.apply(doc, "thehill.com");
 * }</pre>
 */
public final class DomRules {

  /** The resource holding the built-in selector rules. */
  public static final String BUILT_IN_RESOURCE = "/io/corpus/clean/rules/dom.yaml";

  private record Compiled(RuleSpec spec, Evaluator selector) {}

  private static final DomRules BUILT_IN = of(loadBuiltIn());

  private final List<Compiled> rules;

  private DomRules(List<Compiled> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The built-in selector rules. */
  public static DomRules builtIn() {
    return BUILT_IN;
  }

  /** The built-in selector rules as specs (for listing, or to combine with others). */
  public static List<RuleSpec> builtInSpecs() {
    return BUILT_IN.specs();
  }

  /**
   * Compiles the selector rules among {@code specs}; rules of other kinds are ignored.
   *
   * @throws IllegalArgumentException naming the rule when a selector does not parse
   */
  public static DomRules of(Collection<RuleSpec> specs) {
    List<Compiled> out = new ArrayList<>();
    for (RuleSpec s : specs) {
      if (s.kind() != RuleKind.SELECTOR) {
        continue;
      }
      try {
        out.add(new Compiled(s, QueryParser.parse(s.pattern())));
      } catch (Selector.SelectorParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "rule " + s.id() + ": invalid CSS selector '" + s.pattern() + "': " + e.getMessage(), e);
      }
    }
    return new DomRules(out);
  }

  /** These rules followed by {@code more}'s. */
  public DomRules and(DomRules more) {
    List<Compiled> all = new ArrayList<>(rules);
    all.addAll(more.rules);
    return new DomRules(all);
  }

  /** These rules without the ones whose id is in {@code ids}. */
  public DomRules without(Set<String> ids) {
    return new DomRules(rules.stream().filter(c -> !ids.contains(c.spec.id())).toList());
  }

  /** The rules, in the order they run. */
  public List<RuleSpec> specs() {
    return rules.stream().map(Compiled::spec).toList();
  }

  /**
   * Removes every element a rule matches (rules scoped to other sites are skipped) and returns
   * what was removed, in the order removed. Offsets are into the source the document was parsed
   * from, when it was parsed with position tracking; otherwise they are 0.
   *
   * @param host the page's host (see {@link io.corpus.clean.Draft#host()}), or null if unknown
   */
  public List<Removal> apply(Document doc, @Nullable String host) {
    Objects.requireNonNull(doc, "doc");
    List<Removal> removed = new ArrayList<>();
    for (Compiled c : rules) {
      if (!c.spec.appliesTo(host)) {
        continue;
      }
      for (Element e : doc.select(c.selector)) {
        if (e.parent() == null || e == doc.body() || e.nameIs("html")) {
          continue; // inside an element removed earlier, or the page itself
        }
        int start = sourceStart(e);
        int end = Math.max(start, sourceEnd(e));
        removed.add(new Removal(c.spec.id(), e.text(), start, end));
        e.remove();
      }
    }
    return removed;
  }

  private static int sourceStart(Element e) {
    Range r = e.sourceRange();
    return r.isTracked() ? r.startPos() : 0;
  }

  /** Where the element ends in the source: its end tag, or the end of its last descendant. */
  private static int sourceEnd(Element e) {
    Range end = e.endSourceRange();
    if (end.isTracked()) {
      return end.endPos();
    }
    int max = e.sourceRange().isTracked() ? e.sourceRange().endPos() : 0;
    Node last = e;
    while (last.childNodeSize() > 0) {
      last = last.childNode(last.childNodeSize() - 1);
    }
    Range r = last.sourceRange();
    if (r.isTracked()) {
      max = Math.max(max, r.endPos());
    }
    if (last instanceof Element le && le.endSourceRange().isTracked()) {
      max = Math.max(max, le.endSourceRange().endPos());
    }
    return max;
  }

  private static List<RuleSpec> loadBuiltIn() {
    try (InputStream in = DomRules.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
      }
      return RuleFile.load(in, BUILT_IN_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
