package io.corpus.clean.html.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The elements of a subtree in document order, the root first: what {@link
 * Element#getAllElements()} returns, collected by a plain loop. jsoup's own collects through an
 * evaluator and a stream, which cost as much as the rest of the metadata pass on the benchmark.
 * Without recursion (pages nest thousands deep). Stateless; thread-safe.
 */
public final class ElementWalk {

  private ElementWalk() {}

  /** {@code root} and every element under it, in document order. */
  public static List<Element> all(Element root) {
    List<Element> out = new ArrayList<>();
    out.add(root);
    // An explicit stack of (element, next child): child lookups by index, where moving by
    // nextSibling() re-reads the sibling index of every node.
    Element[] parents = new Element[32];
    int[] next = new int[32];
    int depth = 0;
    parents[0] = root;
    next[0] = 0;
    while (depth >= 0) {
      Element p = parents[depth];
      int i = next[depth];
      if (i >= p.childNodeSize()) {
        depth--;
        continue;
      }
      next[depth] = i + 1;
      if (p.childNode(i) instanceof Element e) {
        out.add(e);
        if (e.childNodeSize() > 0) {
          depth++;
          if (depth == parents.length) {
            parents = Arrays.copyOf(parents, depth * 2);
            next = Arrays.copyOf(next, depth * 2);
          }
          parents[depth] = e;
          next[depth] = 0;
        }
      }
    }
    return out;
  }
}
