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
import io.corpus.clean.html.internal.ElementIndex;
import io.corpus.clean.html.internal.SelectorKey;
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

  /**
   * One rule: its whole selector (to verify a match), and each comma-separated part with the key
   * of its subject (the id, class or tag the matched element itself must have), used to look up
   * candidates without walking the page once per rule.
   */
  private record Compiled(RuleSpec spec, Evaluator selector, List<Part> parts) {}

  private record Part(Evaluator selector, SelectorKey key) {}

  private static final DomRules BUILT_IN = of(loadBuiltIn());

  private final List<Compiled> rules;

  private DomRules(List<Compiled> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The subject keys of the rules that apply to {@code host}. */
  private Set<SelectorKey> keysFor(@Nullable String host) {
    Set<SelectorKey> keys = new java.util.HashSet<>();
    for (Compiled c : rules) {
      if (c.spec.appliesTo(host)) {
        for (Part p : c.parts) {
          keys.add(p.key);
        }
      }
    }
    return keys;
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
        List<Part> parts = new ArrayList<>();
        for (String part : SelectorKey.splitGroups(s.pattern())) {
          parts.add(new Part(QueryParser.parse(part), SelectorKey.of(part)));
        }
        out.add(new Compiled(s, QueryParser.parse(s.pattern()), parts));
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
    // Source spans already removed (disjoint, by start): finding whether a match lies inside one is
    // a lookup, where walking up to the document would cost the page's depth for every match.
    java.util.TreeMap<Integer, Integer> gone = new java.util.TreeMap<>();
    ElementIndex index = null;
    for (Compiled c : rules) {
      if (!c.spec.appliesTo(host)) {
        continue;
      }
      if (index == null) {
        index = new ElementIndex(doc, keysFor(host)); // built once, only when some rule applies
      }
      for (Element e : matches(c, doc, index)) {
        if (e == doc.body() || e.nameIs("html") || e.nameIs("head") || isDetached(e, doc, gone)) {
          continue; // the page itself, or inside an element removed earlier
        }
        int start = sourceStart(e);
        int end = Math.max(start, sourceEnd(e));
        removed.add(new Removal(c.spec.id(), e.text(), start, end));
        if (e.sourceRange().isTracked()) {
          gone.put(start, end);
        }
        e.remove();
      }
    }
    return removed;
  }

  /** Whether {@code e} was taken out of the page with an element removed earlier. */
  private static boolean isDetached(Element e, Document doc, java.util.TreeMap<Integer, Integer> gone) {
    if (!e.sourceRange().isTracked()) {
      return e.ownerDocument() != doc;
    }
    var before = gone.floorEntry(e.sourceRange().startPos());
    return before != null && e.sourceRange().startPos() < before.getValue();
  }

  /** The elements a rule matches, in document order (some may have been removed already). */
  private static List<Element> matches(Compiled c, Document doc, ElementIndex index) {
    List<Element> found = new ArrayList<>();
    for (Part p : c.parts) {
      for (Element e : index.candidates(p.key)) {
        if (p.selector.matches(doc, e)) {
          found.add(e);
        }
      }
    }
    if (c.parts.size() > 1) {
      found.sort(java.util.Comparator.comparingInt(index::order));
      List<Element> unique = new ArrayList<>(found.size());
      Element last = null;
      for (Element e : found) {
        if (e != last) {
          unique.add(e);
        }
        last = e;
      }
      return unique;
    }
    return found;
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
