/**
 * Rules as data: the rule-file format ({@link io.corpus.clean.rules.RuleFile}) and its rules
 * ({@link io.corpus.clean.rules.RuleSpec}). Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.corpus.clean.rules;

import org.jspecify.annotations.NullMarked;
