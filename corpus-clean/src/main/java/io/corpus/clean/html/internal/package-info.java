/** Helpers of the HTML extractor: text measures, class and id signals, text collection. */
@NullMarked
package io.corpus.clean.html.internal;

import org.jspecify.annotations.NullMarked;
