/**
 * The US-government site banner: {@link io.corpus.clean.banner.GovBannerRemover} finds it in
 * every flattened, wrapped or truncated form scrapes leave it in, and removes it and nothing else.
 * Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean.banner;

import org.jspecify.annotations.NullMarked;
