package io.corpus.cli;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Phase;
import io.corpus.clean.RulePack;
import java.util.List;

/**
 * A rule pack found by {@link java.util.ServiceLoader} (registered in this module's test
 * resources), as a third party would ship one: it removes a made-up widget marker.
 */
public final class ExampleRulePack implements RulePack {

  static final String MARKER = "[[example-widget]]";

  @Override
  public String name() {
    return "example";
  }

  @Override
  public List<CleanStep> steps() {
    return List.of(
        CleanStep.of(
            "example.widget",
            "The example pack's widget marker",
            Phase.CHROME,
            draft -> {
              String t = draft.text();
              for (int at = t.indexOf(MARKER); at >= 0; at = t.indexOf(MARKER, at + MARKER.length())) {
                draft.remove(at, at + MARKER.length());
              }
            }));
  }
}
