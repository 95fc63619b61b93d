/**
 * Page chrome that is not the article: browser print headers and footers, image credits, promo
 * lines, expert and teaser cards, site footers, author bios. Each family is one {@link
 * io.corpus.clean.CleanStep}; the lists they match (footer names, promo phrases, credit labels)
 * are YAML data files beside the classes. Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean.chrome;

import org.jspecify.annotations.NullMarked;
