package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * A cleaner that runs only the given steps, each under the id {@code "under-test." + its id}, with
 * every built-in step disabled: what tests use to compare two variants of one step (a shortcut on
 * and off) whose built-in id the disabling would otherwise also remove.
 */
public final class OnlySteps {

  private OnlySteps() {}

  public static Cleaner of(CleanStep... steps) {
    return of(List.of(steps));
  }

  public static Cleaner of(List<? extends CleanStep> steps) {
    Cleaner.Builder b = Cleaner.builder();
    Cleaner.standard().steps().forEach(s -> b.disable(s.id()));
    for (CleanStep s : steps) {
      b.addStep(CleanStep.of("under-test." + s.id(), s.description(), s.phase(), s::apply));
    }
    Cleaner c = b.build();
    assertThat(c.steps()).hasSameSizeAs(steps);
    return c;
  }
}
