package io.corpus.clean.html.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every element of a page by id, class and tag (keys lower-cased), in document order, built in one
 * pass. Selector rules look up their candidates here instead of walking the whole page once per
 * rule. Not thread-safe; one per page.
 */
public final class ElementIndex {

  private final List<Element> all;
  private final Map<Element, Integer> order = new IdentityHashMap<>();
  private final Map<String, List<Element>> byId = new HashMap<>();
  private final Map<String, List<Element>> byClass = new HashMap<>();
  private final Map<String, List<Element>> byTag = new HashMap<>();

  /**
   * Indexes the elements of {@code doc} that some key in {@code needed} can select; the others are
   * passed over (most of a page has no id or class any rule names).
   */
  public ElementIndex(Document doc, Set<SelectorKey> needed) {
    all = doc.getAllElements();
    Set<String> ids = new HashSet<>();
    Set<String> classes = new HashSet<>();
    Set<String> tags = new HashSet<>();
    for (SelectorKey k : needed) {
      switch (k.kind()) {
        case ID -> ids.add(k.value());
        case CLASS -> classes.add(k.value());
        case TAG -> tags.add(k.value());
        case ANY -> {}
      }
    }
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      if (!tags.isEmpty() && tags.contains(e.normalName())) {
        byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
      }
      if (e.attributesSize() == 0) {
        continue;
      }
      String id = e.id();
      if (!id.isEmpty() && !ids.isEmpty()) {
        String key = id.toLowerCase(Locale.ROOT);
        if (ids.contains(key)) {
          byId.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
      String cls = e.className();
      if (cls.isEmpty() || classes.isEmpty()) {
        continue;
      }
      int n = cls.length();
      int start = -1;
      for (int j = 0; j <= n; j++) {
        boolean space = j == n || Character.isWhitespace(cls.charAt(j));
        if (!space && start < 0) {
          start = j;
        } else if (space && start >= 0) {
          String key = cls.substring(start, j).toLowerCase(Locale.ROOT);
          if (classes.contains(key)) {
            byClass.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
          }
          start = -1;
        }
      }
    }
  }

  /** The elements that may match a selector with this subject key, in document order. */
  public List<Element> candidates(SelectorKey key) {
    List<Element> found =
        switch (key.kind()) {
          case ID -> byId.get(key.value());
          case CLASS -> byClass.get(key.value());
          case TAG -> byTag.get(key.value());
          case ANY -> all;
        };
    return found == null ? List.of() : found;
  }

  /**
   * The document-order position of an element that was in the page when the index was built: its
   * source offset when the page was parsed with positions, else its place in a walk of the page
   * (computed once, on first need).
   */
  public int order(Element e) {
    if (e.sourceRange().isTracked()) {
      return e.sourceRange().startPos();
    }
    if (order.isEmpty()) {
      for (int i = 0; i < all.size(); i++) {
        order.put(all.get(i), i);
      }
    }
    Integer i = order.get(e);
    return i == null ? Integer.MAX_VALUE : i;
  }
}
