package org.storyline.ingest;

import java.util.Iterator;
import java.util.OptionalLong;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * A lazily read sequence of articles from one place a user named. Iterate once; close when done.
 * Iteration never throws for bad content: a corrupt record, an unreadable file or a truncated
 * archive is a {@link Result.Rejected} item, after which iteration goes on where it can.
 */
public interface ArticleSource extends Iterable<Result<ArticleInput>>, AutoCloseable {

  /** The source as the user named it (a path or URL). */
  String name();

  /** How many items iteration will yield, when that is cheap to know in advance (for an ETA). */
  OptionalLong estimatedSize();

  @Override
  Iterator<Result<ArticleInput>> iterator();

  @Override
  void close();
}
