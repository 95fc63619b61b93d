/**
 * Truncation markers: {@link io.corpus.clean.truncation.TruncationMarkerRemover} removes news-API
 * markers such as {@code "… [+7040 chars]"} and flags the document as truncated. Nothing is null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean.truncation;

import org.jspecify.annotations.NullMarked;
