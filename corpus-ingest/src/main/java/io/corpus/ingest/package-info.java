/**
 * Input sources, the parallel runner and its accounting. Nothing is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.corpus.ingest;

import org.jspecify.annotations.NullMarked;
