/**
 * Entities across articles: one canonical name per real person or organisation, however outlets
 * spell it ({@link org.storyline.entities.EntityRegistry}), with the alias table kept in the store
 * so that later articles reuse it. Within one article, names are joined by
 * {@code org.storyline.annotate.entities.EntityCanonicalizer}.
 */
package org.storyline.entities;
