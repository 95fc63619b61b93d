/**
 * Inline name tooltips: {@link io.corpus.clean.tooltip.NameTooltipUnwrapper} keeps the displayed
 * name and drops the full name, related headlines and "MORE" that scrapes of The Hill glue into
 * the text. Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean.tooltip;

import org.jspecify.annotations.NullMarked;
