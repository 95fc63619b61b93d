/**
 * The document model: {@link io.corpus.model.RawDocument} goes in, {@link
 * io.corpus.model.CorpusDocument} comes out. Every type is immutable and thread-safe; nothing is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.model;

import org.jspecify.annotations.NullMarked;
