/**
 * The cleaning pipeline. {@link io.corpus.clean.Cleaner} turns a {@link
 * io.corpus.model.RawDocument} into a {@link io.corpus.model.CorpusDocument}; it runs {@link
 * io.corpus.clean.CleanStep}s, each of which reads the {@link io.corpus.clean.Draft} and asks for
 * removals and metadata. Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean;

import org.jspecify.annotations.NullMarked;
