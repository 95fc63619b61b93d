/**
 * Writers ({@link io.corpus.export.DocumentSinks}: JSONL, CSV, XLSX) and readers ({@link
 * io.corpus.export.DocumentReaders}: JSONL, CSV) for corpus datasets, tuned by {@link
 * io.corpus.export.ExportOptions}; {@link io.corpus.export.Converter} joins the two. The schema and
 * every option are described in {@code docs/export.md}. Nothing is null unless marked {@code
 * @Nullable}.
 */
@NullMarked
package io.corpus.export;

import org.jspecify.annotations.NullMarked;
