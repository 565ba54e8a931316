/**
 * The domain records that flow between Storyline's stages, and the shapes of the batch contract
 * ({@code ../shared/INTERFACES.md}): field names here are the JSON field names users see.
 *
 * <p>All records are immutable; lists are copied on construction. Character offsets ({@code start},
 * {@code end}) are UTF-16 indices into {@link org.storyline.model.Article#text()}, end exclusive.
 */
package org.storyline.model;
