/**
 * Extraction: from what a source gave ({@link org.storyline.model.ArticleInput}) to a clean
 * {@link org.storyline.model.Article}. {@link org.storyline.extract.ArticleExtractor} is the one entry:
 * caller text is kept verbatim; HTML pages get their title, publication date and body found with jsoup.
 */
package org.storyline.extract;
