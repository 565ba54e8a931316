package org.storyline.annotate;

import java.util.Set;
import java.util.stream.Collectors;

/** A stage read a layer that no earlier stage added: a bug in its declarations, not bad input. */
public final class MissingLayerException extends IllegalStateException {

  MissingLayerException(Layer<?> missing, Set<Layer<?>> present) {
    super("layer '" + missing + "' is not on this document (present: "
        + (present.isEmpty() ? "none" : present.stream().map(Layer::name).sorted().collect(Collectors.joining(", ")))
        + ")");
  }
}
