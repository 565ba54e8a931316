/**
 * The web face: a JSON API over a {@link org.storyline.store.StoreReader} and the static pages of
 * the analyst's UI, served by Javalin ({@link org.storyline.web.WebServer}). Handlers are small
 * functions in {@link org.storyline.web.ApiRoutes}; HTTP errors are typed exceptions
 * ({@link org.storyline.web.ApiException}) mapped to JSON in one place.
 */
package org.storyline.web;
