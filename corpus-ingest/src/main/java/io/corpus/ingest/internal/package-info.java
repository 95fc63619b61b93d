/** Format readers, decoders and helpers behind {@link io.corpus.ingest}; not exported. */
@NullMarked
package io.corpus.ingest.internal;

import org.jspecify.annotations.NullMarked;
