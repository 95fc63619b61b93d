/**
 * HTML inputs: decoding bytes to text ({@link io.corpus.clean.html.HtmlDecoding}), selector rules
 * applied to the DOM ({@link io.corpus.clean.html.DomRules}), main-content extraction ({@link
 * io.corpus.clean.html.ContentExtractor}) and page metadata ({@link
 * io.corpus.clean.html.PageMetadata}). The {@link io.corpus.clean.Cleaner} runs them for every
 * document of type HTML. Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean.html;

import org.jspecify.annotations.NullMarked;
