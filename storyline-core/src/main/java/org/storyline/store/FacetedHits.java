package org.storyline.store;

import java.util.List;

/**
 * A page of search hits with, per facet, the most frequent values among all hits (not only this
 * page), most frequent first.
 */
public record FacetedHits(Page<SearchHit> hits, List<FacetValues> facets) {
  public FacetedHits {
    facets = List.copyOf(facets);
  }

  /** The counted values of one facet. */
  public record FacetValues(Facet facet, List<FacetCount> values) {
    public FacetValues {
      values = List.copyOf(values);
    }
  }
}
