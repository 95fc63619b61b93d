package io.corpus.clean.internal;

import io.corpus.clean.CleanStep;
import io.corpus.clean.banner.GovBannerRemover;
import io.corpus.clean.rules.RuleSteps;
import io.corpus.clean.tooltip.NameTooltipUnwrapper;
import io.corpus.clean.truncation.TruncationMarkerRemover;
import io.corpus.clean.normalize.WhitespaceNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps every standard pipeline runs, in order within each phase. Each family of
 * boilerplate registers its steps here.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<CleanStep> steps() {
    List<CleanStep> steps = new ArrayList<>();
    steps.add(WhitespaceNormalizer.early());
    steps.add(new TruncationMarkerRemover());
    steps.add(new NameTooltipUnwrapper());
    steps.addAll(RuleSteps.textSteps(RuleSteps.builtIn()));
    steps.add(new GovBannerRemover());
    steps.add(WhitespaceNormalizer.paragraphs());
    return steps;
  }
}
