/**
 * The {@code corpus} command line: {@link io.corpus.cli.Main} and one picocli command class per
 * subcommand, each delegating to library code. Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.cli;

import org.jspecify.annotations.NullMarked;
