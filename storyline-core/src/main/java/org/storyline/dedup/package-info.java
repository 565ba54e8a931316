/**
 * Duplicate detection: the keys under which an article counts as already seen
 * ({@link org.storyline.dedup.ArticleFingerprint}). Near-duplicates (syndicated copies lightly
 * edited) are a later stage of this package.
 */
package org.storyline.dedup;
