/**
 * Ingest: where articles come from. {@link org.storyline.ingest.Sources#open} turns what a user names
 * (a JSONL file, a folder, an RSS/Atom feed file or URL, a WARC file) into an
 * {@link org.storyline.ingest.ArticleSource}: a lazy sequence of {@code Result<ArticleInput>}, where
 * bad input is a {@code Rejected} naming the input and the reason and the rest goes on.
 */
package org.storyline.ingest;
