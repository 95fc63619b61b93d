package io.corpus.clean.internal;

import io.corpus.clean.CleanStep;
import io.corpus.clean.banner.GovBannerRemover;
import io.corpus.clean.chrome.AppealRemover;
import io.corpus.clean.chrome.AuthorBioRemover;
import io.corpus.clean.chrome.ContentsListRemover;
import io.corpus.clean.chrome.CueTimeRemover;
import io.corpus.clean.chrome.ImageCreditRemover;
import io.corpus.clean.chrome.PressContactRemover;
import io.corpus.clean.chrome.PrintHeaderRemover;
import io.corpus.clean.chrome.WebArchiveToolbarRemover;
import io.corpus.clean.chrome.PromoRemover;
import io.corpus.clean.chrome.SiteFooterRemover;
import io.corpus.clean.chrome.SummaryBoxRemover;
import io.corpus.clean.chrome.TeaserCardRemover;
import io.corpus.clean.chrome.WidgetRemover;
import io.corpus.clean.meta.BylineExtractor;
import io.corpus.clean.meta.DateLineExtractor;
import io.corpus.clean.meta.FieldHeader;
import io.corpus.clean.meta.HeadlineExtractor;
import io.corpus.clean.meta.SourceLineExtractor;
import io.corpus.clean.normalize.LineNumberRemover;
import io.corpus.clean.normalize.LineUnwrapper;
import io.corpus.clean.normalize.WhitespaceNormalizer;
import io.corpus.clean.rules.RuleSteps;
import io.corpus.clean.tooltip.NameTooltipUnwrapper;
import io.corpus.clean.truncation.TruncationMarkerRemover;
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
    // A web archive's toolbar over the replayed page, before anything reads the page's top.
    steps.add(new WebArchiveToolbarRemover());
    // A recording's times between its lines of speech, before the joiner reads those lines.
    steps.add(new CueTimeRemover());
    // An API's or a feed's field dump at the top, before the joiner can take its lines for a
    // wrapped paragraph.
    steps.add(new FieldHeader());
    // Hard-wrapped lines are joined first, so that every later step, and a second cleaning, reads
    // the same lines.
    steps.add(new LineNumberRemover()); // (pleading paper's numbers first: the unwrapper then joins its lines)
    steps.add(new LineUnwrapper());
    // Chrome: markers first (they end cut-off fragments), then the data rules and the banner (which
    // sit on their own lines), then tooltips, whose display name may only come clear once a banner
    // glued to it is gone. This order keeps cleaning idempotent.
    steps.add(new TruncationMarkerRemover());
    // Widgets (cookie banners, share rows, players, platform controls, feedback boxes) before the
    // data rules: a run is known as a widget only while its weak lines ("Share", "12") are there.
    steps.addAll(WidgetRemover.all());
    steps.addAll(RuleSteps.groupedTextSteps(RuleSteps.builtIn()));
    steps.add(new GovBannerRemover());
    steps.add(new NameTooltipUnwrapper());
    // Once more on what the first left, when it removed a tooltip: two removed tooltips can leave
    // their displayed names side by side ("Antony Blinken Antony Blinken A lock … conn…"), which
    // reads as a tooltip cut off at the end only then; looking again here gives at once what a
    // second cleaning would.
    steps.add(NameTooltipUnwrapper.again());
    steps.add(new PrintHeaderRemover());
    steps.add(new ImageCreditRemover());
    steps.add(new SummaryBoxRemover());
    steps.add(new ContentsListRemover());
    // Teaser blocks before promos: a block's heading ("Related articles") and its "Read more »"
    // lines are promo lines too, and the block is known only while they are there.
    steps.add(new TeaserCardRemover());
    steps.add(new PromoRemover());
    steps.add(new SiteFooterRemover());
    steps.add(TeaserCardRemover.endAgain());
    // End-of-story blocks after the footer, which may stand below them: a press release's contact
    // lines (they end at their last certain line, so what follows them does not matter), then an
    // appeal, which must reach the end of the text once the footer is gone.
    steps.add(new PressContactRemover());
    steps.add(new AppealRemover());
    // Metadata: the seams removals left mended first (so lines are judged as a second run sees
    // them), then the lines around the headline, the bio once the byline named the author, the
    // headline last.
    steps.add(WhitespaceNormalizer.seams());
    steps.add(new SourceLineExtractor());
    steps.add(new BylineExtractor());
    steps.add(new DateLineExtractor());
    steps.add(new AuthorBioRemover());
    steps.add(new HeadlineExtractor());
    // The headline step reads author lines under the headline: their author's bio at the end goes too.
    steps.add(AuthorBioRemover.again());
    steps.add(WhitespaceNormalizer.paragraphs());
    return steps;
  }
}
