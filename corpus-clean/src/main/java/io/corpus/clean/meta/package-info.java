/**
 * Header and footer lines that carry metadata: headline and dek (title, subtitle), bylines
 * (authors), date lines (published, read by the lenient {@link io.corpus.clean.meta.DateParser}) and
 * source lines (publisher). Each step moves what it recognizes into the {@link
 * io.corpus.clean.Draft}'s metadata and removes the line; when unsure it keeps the line. Nothing is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean.meta;

import org.jspecify.annotations.NullMarked;
