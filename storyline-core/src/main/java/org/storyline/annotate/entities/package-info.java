/** Entity names: from recognised mentions to canonical names ({@link org.storyline.annotate.entities.EntityCanonicalizer}). */
package org.storyline.annotate.entities;
