/**
 * Writers ({@link io.corpus.export.DocumentSink}) and readers for corpus datasets. Nothing is null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.export;

import org.jspecify.annotations.NullMarked;
