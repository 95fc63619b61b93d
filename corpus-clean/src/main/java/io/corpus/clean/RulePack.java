package io.corpus.clean;

import java.util.List;

/**
 * A pack of cleaning steps written in Java, found with {@link java.util.ServiceLoader}.
 *
 * <p>Rules that a phrase, a line pattern or a regex can express belong in a rule file instead
 * (see the README); a pack is for rules that need code. Register an implementation in {@code
 * META-INF/services/io.corpus.clean.RulePack} (or {@code provides} in {@code module-info.java})
 * and put its jar on the class path: {@link Cleaner#builder()} picks it up with {@code
 * loadRulePacks()}.
 */
public interface RulePack {

  /** The pack's name, for {@code corpus rules}. */
  String name();

  /** The steps, in the order they should run within their phase. */
  List<CleanStep> steps();
}
