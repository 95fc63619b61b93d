package io.corpus.clean.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

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
    Node n = root;
    while (n != null) {
      if (n instanceof Element e) {
        out.add(e);
      }
      if (n.childNodeSize() > 0) {
        n = n.childNode(0);
        continue;
      }
      Node next = null;
      while (n != root) {
        next = n.nextSibling();
        if (next != null) {
          break;
        }
        n = n.parent();
      }
      n = n == root ? null : next;
    }
    return out;
  }
}
