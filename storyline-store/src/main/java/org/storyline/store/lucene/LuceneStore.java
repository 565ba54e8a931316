package org.storyline.store.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.storyline.dedup.NearDuplicates;
import org.storyline.dedup.TextSignature;
import org.storyline.json.ContractJson;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.KnownEntity;
import org.storyline.model.Place;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.Checkpoint;
import org.storyline.store.Counts;
import org.storyline.store.Facet;
import org.storyline.store.FacetedHits;
import org.storyline.store.Filter;
import org.storyline.store.InvalidQueryException;
import org.storyline.store.Page;
import org.storyline.store.SearchHit;
import org.storyline.store.StoreUnavailableException;
import org.storyline.store.StoreWriter;

/**
 * The embedded store: one Lucene index under {@code DATA/index}.
 *
 * <p>Commit policy. Additions are buffered by Lucene and become durable only at {@link #commit},
 * which fsyncs the new segments and writes the operators' {@link Checkpoint} into the same commit's
 * user data, so articles and the state that reflects them are never out of step. An article
 * acknowledged after a commit survives {@code kill -9}; anything added after the last commit is
 * lost by a crash and redone by the next ingest (it was never acknowledged). A crash mid-commit
 * leaves the previous commit, which Lucene always reopens.
 *
 * <p>Reading. Readers see the last commit (another process) or everything added (the writing
 * process, near-real-time) as of the last {@link #refresh}. One writer per folder: a second one
 * gets a {@link StoreUnavailableException} naming the folder; any number of read-only stores may
 * search while it writes.
 */
public final class LuceneStore implements StoreWriter {
  private static final int SCAN_BATCH = 500;
  private static final Sort BY_SEQUENCE = new Sort(new SortField(Fields.SEQUENCE, SortField.Type.LONG));
  private static final Sort BY_SEQUENCE_DESC = new Sort(new SortField(Fields.SEQUENCE, SortField.Type.LONG, true));
  private static final Sort BY_RECENCY = new Sort(new SortField(Fields.RECENCY, SortField.Type.LONG, true),
      new SortField(Fields.UID, SortField.Type.STRING));

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Snippets snippets = new Snippets(analyzer);
  private final ObjectMapper json = ContractJson.mapper();
  private final FacetFields.Counter facetCounter = new FacetFields.Counter();
  private volatile SearcherManager searchers;
  private volatile Checkpoint checkpoint;

  private LuceneStore(Path folder, Directory directory, IndexWriter writer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    if (writer != null) {
      searchers = new SearcherManager(writer, null);
      checkpoint = readCheckpoint(writer.getLiveCommitData());
    } else if (DirectoryReader.indexExists(directory)) {
      searchers = new SearcherManager(directory, null);
    }
  }

  /** Opens (creating if needed) the store in {@code dataDir} for writing. */
  public static LuceneStore openForWriting(Path dataDir) {
    Path index = dataDir.resolve("index");
    Directory dir = null;
    try {
      Files.createDirectories(index);
      dir = FSDirectory.open(index);
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false) // only explicit commits count: see the commit policy
          .setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(dir, config);
      try {
        return new LuceneStore(dataDir, dir, writer);
      } catch (IOException | RuntimeException e) {
        writer.rollback(); // releases the write lock this JVM would otherwise keep
        throw e;
      }
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new StoreUnavailableException(dataDir + ": another process is writing to this store (ingest or demo); wait for it or use another --data folder", e);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new StoreUnavailableException(dataDir + ": cannot open the store for writing: " + e.getMessage(), e);
    }
  }

  /** Opens the store in {@code dataDir} for reading; an absent store reads as empty until one appears. */
  public static LuceneStore openReadOnly(Path dataDir) {
    Path index = dataDir.resolve("index");
    try {
      Files.createDirectories(index);
      return new LuceneStore(dataDir, FSDirectory.open(index), null);
    } catch (IOException e) {
      throw new StoreUnavailableException(dataDir + ": cannot open the store: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Directory dir) {
    try {
      if (dir != null) {
        dir.close();
      }
    } catch (IOException ignored) {
      // already failing; the first error is the one to report
    }
  }

  // ---- writing

  @Override
  public void add(StoredArticle a, List<String> keys) {
    add(a, keys, null);
  }

  @Override
  public void add(StoredArticle a, List<String> keys, TextSignature signature) {
    Document d = new Document();
    if (signature != null) {
      for (String band : signature.bandKeys(NearDuplicates.Settings.DEFAULTS.hasher().bandRows())) {
        d.add(new StringField(Fields.BAND, band, Field.Store.NO));
      }
      // doc values, not stored fields: reading a stored field decompresses its block, JSON and all
      d.add(new BinaryDocValuesField(Fields.SIGNATURE, new BytesRef(signature.toBytes())));
      d.add(new BinaryDocValuesField(Fields.SIGNATURE_ID, new BytesRef(a.id())));
    }
    d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    for (String key : keys) {
      d.add(new StringField(Fields.KEY, key, Field.Store.NO));
    }
    if (a.duplicateOf() != null) {
      d.add(new StringField(Fields.DUPLICATE, "yes", Field.Store.NO));
    }
    if (a.story() != null) {
      d.add(new StringField(Fields.STORY, a.story(), Field.Store.NO));
    }
    var article = a.annotated().article();
    if (article.source() != null) {
      d.add(new StringField(Fields.SOURCE, article.source(), Field.Store.NO));
    }
    if (article.published() != null) {
      d.add(new LongPoint(Fields.PUBLISHED, article.published().toEpochSecond()));
    }
    d.add(new NumericDocValuesField(Fields.SEQUENCE, a.sequence()));
    if (article.title() != null) {
      d.add(new TextField(Fields.TITLE, article.title(), Field.Store.NO));
    }
    d.add(new TextField(Fields.TEXT, article.text(), Field.Store.NO));
    var annotations = a.annotated().annotations();
    String entities = annotations.entities().stream()
        .filter(e -> e.type() != EntityType.LOCATION)
        .map(e -> e.canonical().equals(e.text()) ? e.text() : e.canonical() + " " + e.text())
        .distinct().collect(Collectors.joining(" | "));
    d.add(new TextField(Fields.ENTITIES, entities, Field.Store.NO));
    String places = annotations.places().stream().map(p -> p.name() + " " + p.text()).distinct()
        .collect(Collectors.joining(" | "));
    String locations = annotations.entities().stream().filter(e -> e.type() == EntityType.LOCATION)
        .map(Entity::text).distinct().collect(Collectors.joining(" | "));
    d.add(new TextField(Fields.PLACES, places + " | " + locations, Field.Store.NO));
    FacetFields.addArticle(d, a);
    d.add(new StoredField(Fields.JSON, bytes(a)));
    write(() -> writer.addDocument(d));
  }

  @Override
  public void put(Story s) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.STORY_KIND, Field.Store.NO));
    addUid(d, Fields.STORY_KIND, s.id());
    d.add(new NumericDocValuesField(Fields.RECENCY, s.last() == null ? 0 : s.last().toEpochSecond()));
    FacetFields.addTopic(d, s.topic());
    d.add(new StoredField(Fields.JSON, bytes(s)));
    write(() -> writer.updateDocument(kindAndId(Fields.STORY_KIND, s.id()), d));
  }

  @Override
  public void put(Event e) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.EVENT, Field.Store.NO));
    addUid(d, Fields.EVENT, e.eventId());
    d.add(new NumericDocValuesField(Fields.RECENCY, epochDay(e.eventDate())));
    FacetFields.addEvent(d, e);
    d.add(new StoredField(Fields.JSON, bytes(e)));
    write(() -> writer.updateDocument(kindAndId(Fields.EVENT, e.eventId()), d));
  }

  private static void addUid(Document d, String kind, String id) {
    d.add(new StringField(Fields.UID, kind + ":" + id, Field.Store.NO));
    d.add(new SortedDocValuesField(Fields.UID, new BytesRef(kind + ":" + id)));
  }

  @Override
  public void put(KnownEntity e) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.ENTITY, Field.Store.NO));
    addUid(d, Fields.ENTITY, e.id());
    for (String key : e.keys()) {
      d.add(new StringField(Fields.KEY, key, Field.Store.NO));
    }
    d.add(new NumericDocValuesField(Fields.RECENCY, e.mentions()));
    d.add(new StoredField(Fields.JSON, bytes(e)));
    write(() -> writer.updateDocument(kindAndId(Fields.ENTITY, e.id()), d));
  }

  /** Stories and events are replaced by id within their kind; ids of different kinds never clash. */
  private static Term kindAndId(String kind, String id) {
    return new Term(Fields.UID, kind + ":" + id);
  }

  @Override
  public Optional<Checkpoint> checkpoint() {
    return Optional.ofNullable(checkpoint);
  }

  @Override
  public void commit(Checkpoint cp) {
    requireWriter();
    try {
      Map<String, String> data = new HashMap<>();
      data.put(Fields.CHECKPOINT, json.writeValueAsString(cp));
      data.put(Fields.FORMAT, Fields.FORMAT_VERSION);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      checkpoint = cp;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": commit failed: " + e.getMessage(), e);
    }
  }

  private Checkpoint readCheckpoint(Iterable<Map.Entry<String, String>> data) throws IOException {
    if (data == null) {
      return null;
    }
    for (Map.Entry<String, String> e : data) {
      if (e.getKey().equals(Fields.CHECKPOINT)) {
        return json.readValue(e.getValue(), Checkpoint.class);
      }
    }
    return null;
  }

  private interface IndexOp {
    void run() throws IOException;
  }

  private void write(IndexOp op) {
    requireWriter();
    try {
      op.run();
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": write failed: " + e.getMessage(), e);
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException(folder + ": the store was opened read-only");
    }
  }

  private byte[] bytes(Object record) {
    try {
      return json.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long epochDay(String isoDate) {
    if (isoDate == null) {
      return Long.MIN_VALUE;
    }
    try {
      return java.time.LocalDate.parse(isoDate.length() == 7 ? isoDate + "-01" : isoDate).toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  // ---- reading

  /** Runs a read against the current searcher; an absent index reads as empty. */
  private <T> T read(SearcherFunction<T> f, T empty) {
    SearcherManager m = searchers;
    if (m == null) {
      return empty;
    }
    IndexSearcher s = null;
    try {
      s = m.acquire();
      return f.apply(s);
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": read failed: " + e.getMessage(), e);
    } finally {
      if (s != null) {
        try {
          m.release(s);
        } catch (IOException ignored) {
          // releasing a reader reference cannot lose data
        }
      }
    }
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private static Query kind(String kind) {
    return new TermQuery(new Term(Fields.KIND, kind));
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
  }

  private <T> T decode(IndexSearcher s, int doc, Class<T> type) throws IOException {
    BytesRef bytes = s.storedFields().document(doc).getBinaryValue(Fields.JSON);
    return json.readValue(bytes.bytes, bytes.offset, bytes.length, type);
  }

  @Override
  public Counts counts() {
    return read(s -> new Counts(
        s.count(kind(Fields.ARTICLE)),
        s.count(both(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.DUPLICATE, "yes")))),
        s.count(kind(Fields.STORY_KIND)),
        s.count(kind(Fields.EVENT)),
        s.count(kind(Fields.ENTITY))), new Counts(0, 0, 0, 0, 0));
  }

  @Override
  public Optional<String> articleWithKey(String key) {
    return read(s -> {
      TopDocs top = s.search(both(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.KEY, key))), 1, BY_SEQUENCE);
      return top.scoreDocs.length == 0 ? Optional.<String>empty()
          : Optional.of(s.storedFields().document(top.scoreDocs[0].doc).get(Fields.ID));
    }, Optional.empty());
  }

  /**
   * Candidates are the articles sharing most bands, at most {@code limit} of them (the caller
   * verifies each). Band keys are indexed with the default band width; a caller asking with another gets candidates
   * only by the bands that happen to coincide, so it is refused instead.
   */
  @Override
  public List<NearDuplicates.Candidate> nearDuplicateCandidates(TextSignature signature, int bandRows, int limit) {
    if (bandRows != NearDuplicates.Settings.DEFAULTS.hasher().bandRows()) {
      throw new IllegalArgumentException("the store indexes bands of " + NearDuplicates.Settings.DEFAULTS.hasher().bandRows()
          + " rows, asked for " + bandRows);
    }
    // each shared band scores 1, so the top hits are the articles sharing most bands: texts that
    // share common sentences (wire boilerplate) share a band or two with many, a copy most of them
    BooleanQuery.Builder bands = new BooleanQuery.Builder();
    for (String band : signature.bandKeys(bandRows)) {
      bands.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.BAND, band))), BooleanClause.Occur.SHOULD);
    }
    Query q = bands.build();
    return read(s -> {
      List<NearDuplicates.Candidate> out = new ArrayList<>();
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      for (ScoreDoc hit : s.search(q, limit).scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        int doc = hit.doc - leaf.docBase;
        BinaryDocValues sig = leaf.reader().getBinaryDocValues(Fields.SIGNATURE);
        BinaryDocValues id = leaf.reader().getBinaryDocValues(Fields.SIGNATURE_ID);
        NumericDocValues seq = leaf.reader().getNumericDocValues(Fields.SEQUENCE);
        if (sig != null && id != null && seq != null && sig.advanceExact(doc) && id.advanceExact(doc) && seq.advanceExact(doc)) {
          BytesRef b = sig.binaryValue();
          TextSignature signatureOf = TextSignature.fromBytes(b.bytes, b.offset, b.length);
          out.add(new NearDuplicates.Candidate(id.binaryValue().utf8ToString(), seq.longValue(), signatureOf));
        }
      }
      return out;
    }, List.of());
  }

  @Override
  public List<KnownEntity> entitiesWithKey(String key) {
    return read(s -> {
      List<KnownEntity> out = new ArrayList<>();
      TopDocs top = s.search(both(kind(Fields.ENTITY), new TermQuery(new Term(Fields.KEY, key))), 50);
      for (ScoreDoc d : top.scoreDocs) {
        out.add(decode(s, d.doc, KnownEntity.class));
      }
      return out;
    }, List.of());
  }

  @Override
  public Optional<KnownEntity> entity(String id) {
    return one(Fields.ENTITY, new TermQuery(kindAndId(Fields.ENTITY, id)), KnownEntity.class);
  }

  @Override
  public Page<KnownEntity> entities(int offset, int limit) {
    return page(kind(Fields.ENTITY), BY_RECENCY, offset, limit, KnownEntity.class);
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return one(Fields.ARTICLE, new TermQuery(new Term(Fields.ID, id)), StoredArticle.class);
  }

  @Override
  public Optional<Story> story(String id) {
    return one(Fields.STORY_KIND, new TermQuery(kindAndId(Fields.STORY_KIND, id)), Story.class);
  }

  @Override
  public Optional<Event> event(String id) {
    return one(Fields.EVENT, new TermQuery(kindAndId(Fields.EVENT, id)), Event.class);
  }

  private <T> Optional<T> one(String kind, Query q, Class<T> type) {
    return read(s -> {
      TopDocs top = s.search(both(kind(kind), q), 1);
      return top.scoreDocs.length == 0 ? Optional.<T>empty() : Optional.of(decode(s, top.scoreDocs[0].doc, type));
    }, Optional.empty());
  }

  @Override
  public Page<StoredArticle> articles(int offset, int limit) {
    return page(kind(Fields.ARTICLE), BY_SEQUENCE, offset, limit, StoredArticle.class);
  }

  @Override
  public Page<Story> stories(int offset, int limit) {
    return page(kind(Fields.STORY_KIND), BY_RECENCY, offset, limit, Story.class);
  }

  @Override
  public Page<Event> events(int offset, int limit) {
    return page(kind(Fields.EVENT), BY_RECENCY, offset, limit, Event.class);
  }

  private <T> Page<T> page(Query q, Sort sort, int offset, int limit, Class<T> type) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    return read(s -> {
      TopDocs top = s.search(q, Math.max(1, offset + limit), sort);
      List<T> items = new ArrayList<>();
      for (int i = offset; i < top.scoreDocs.length && items.size() < limit; i++) {
        items.add(decode(s, top.scoreDocs[i].doc, type));
      }
      return new Page<>(items, top.totalHits.value(), offset, limit);
    }, new Page<>(List.of(), 0, offset, limit));
  }

  @Override
  public List<StoredArticle> articlesOfStory(String storyId) {
    List<StoredArticle> out = new ArrayList<>();
    scan(both(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.STORY, storyId))), BY_SEQUENCE, StoredArticle.class, out::add);
    return out;
  }

  @Override
  public void scanArticles(Consumer<StoredArticle> consumer) {
    scan(kind(Fields.ARTICLE), BY_SEQUENCE, StoredArticle.class, consumer);
  }

  @Override
  public void scanStories(Consumer<Story> consumer) {
    scan(kind(Fields.STORY_KIND), BY_RECENCY, Story.class, consumer);
  }

  @Override
  public void scanEvents(Consumer<Event> consumer) {
    scan(kind(Fields.EVENT), BY_RECENCY, Event.class, consumer);
  }

  /** Every match in sort order, in batches with searchAfter, on one point-in-time searcher. */
  private <T> void scan(Query q, Sort sort, Class<T> type, Consumer<T> consumer) {
    read(s -> {
      ScoreDoc after = null;
      while (true) {
        TopDocs top = after == null ? s.search(q, SCAN_BATCH, sort) : s.searchAfter(after, q, SCAN_BATCH, sort);
        for (ScoreDoc d : top.scoreDocs) {
          consumer.accept(decode(s, d.doc, type));
        }
        if (top.scoreDocs.length < SCAN_BATCH) {
          return null;
        }
        after = top.scoreDocs[top.scoreDocs.length - 1];
      }
    }, null);
  }

  @Override
  public Page<SearchHit> search(String queryText, int offset, int limit) throws InvalidQueryException {
    Query parsed = parse(queryText);
    Query q = new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(kind(Fields.ARTICLE), BooleanClause.Occur.FILTER)
        .build();
    try {
      return read(s -> {
        TopDocs top = s.search(q, Math.max(1, offset + limit));
        List<SearchHit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length && hits.size() < limit; i++) {
          StoredArticle a = decode(s, top.scoreDocs[i].doc, StoredArticle.class);
          var article = a.annotated().article();
          Snippets.Snippet snippet = snippets.best(Fields.TEXT, parsed, article.text());
          hits.add(new SearchHit(a.id(), article.title(), article.source(), article.published(), a.story(),
              top.scoreDocs[i].score, snippet.text(), snippet.matches()));
        }
        return new Page<>(hits, top.totalHits.value(), offset, limit);
      }, new Page<>(List.of(), 0, offset, limit));
    } catch (TooManyClauses e) {
      throw new InvalidQueryException("query expands to too many terms; make wildcards more specific");
    }
  }

  @Override
  public FacetedHits search(String queryText, Filter filter, int offset, int limit, int facetValues) throws InvalidQueryException {
    Query parsed = queryText == null || queryText.isBlank() ? null : parse(queryText);
    Query q = articlesMatching(parsed, filter);
    try {
      return read(s -> {
        // with no query every hit scores alike: newest first then
        FacetsCollectorManager.FacetsResult r = parsed == null
            ? FacetsCollectorManager.search(s, q, Math.max(1, offset + limit), BY_SEQUENCE_DESC, new FacetsCollectorManager())
            : FacetsCollectorManager.search(s, q, Math.max(1, offset + limit), new FacetsCollectorManager());
        TopDocs top = r.topDocs();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length && hits.size() < limit; i++) {
          StoredArticle a = decode(s, top.scoreDocs[i].doc, StoredArticle.class);
          var article = a.annotated().article();
          Snippets.Snippet snippet = parsed == null ? Snippets.head(article.text()) : snippets.best(Fields.TEXT, parsed, article.text());
          float score = Float.isNaN(top.scoreDocs[i].score) ? 0f : top.scoreDocs[i].score;
          hits.add(new SearchHit(a.id(), article.title(), article.source(), article.published(), a.story(),
              score, snippet.text(), snippet.matches()));
        }
        return new FacetedHits(new Page<>(hits, top.totalHits.value(), offset, limit),
            facetCounts(s, parsed, filter, r.facetsCollector(), facetValues));
      }, new FacetedHits(new Page<>(List.of(), 0, offset, limit), List.of()));
    } catch (TooManyClauses e) {
      throw new InvalidQueryException("query expands to too many terms; make wildcards more specific");
    }
  }

  private static Query articlesMatching(Query parsed, Filter filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(Fields.ARTICLE), BooleanClause.Occur.FILTER);
    if (parsed != null) {
      b.add(parsed, BooleanClause.Occur.MUST);
    }
    FacetFields.addTo(b, filter);
    return b.build();
  }

  /**
   * Counts per dimension, drill-sideways: a dimension with values chosen is counted under the
   * filter without them, so that its other values show what choosing them instead (or as well)
   * would find; open dimensions are counted on the hits themselves. One extra search per chosen
   * dimension (at most four), on an answer the web caches per commit.
   */
  private List<FacetedHits.FacetValues> facetCounts(IndexSearcher s, Query parsed, Filter filter, FacetsCollector hits, int top)
      throws IOException {
    List<FacetedHits.FacetValues> out = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      FacetsCollector under = hits;
      if (!filter.chosen(facet).isEmpty()) {
        under = s.search(articlesMatching(parsed, filter.without(facet)), new FacetsCollectorManager());
      }
      out.add(facetCounter.count(s.getIndexReader(), under, facet, top));
    }
    return out;
  }

  @Override
  public Page<Event> events(Filter filter, int offset, int limit) {
    return page(filtered(Fields.EVENT, filter), BY_RECENCY, offset, limit, Event.class);
  }

  @Override
  public void scanEvents(Filter filter, Consumer<Event> consumer) {
    scan(filtered(Fields.EVENT, filter), BY_RECENCY, Event.class, consumer);
  }

  @Override
  public List<Story> storiesOfTopic(String topic, int limit) {
    return page(both(kind(Fields.STORY_KIND), FacetFields.topic(topic)), BY_RECENCY, 0, limit, Story.class).items();
  }

  private static Query filtered(String kind, Filter filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(kind), BooleanClause.Occur.FILTER);
    FacetFields.addTo(b, filter);
    return b.build();
  }

  private Query parse(String text) throws InvalidQueryException {
    if (text == null || text.isBlank()) {
      throw new InvalidQueryException("empty query");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {Fields.TITLE, Fields.TEXT, Fields.ENTITIES, Fields.PLACES}, analyzer,
        Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f, Fields.ENTITIES, 1.5f, Fields.PLACES, 1.5f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException | TooManyClauses e) {
      String message = e.getMessage() == null ? "syntax error" : e.getMessage().split("\n")[0];
      throw new InvalidQueryException("cannot parse query '" + text + "': " + message);
    }
  }

  @Override
  public long generation() {
    return read(s -> s.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : -1L, -1L);
  }

  @Override
  public void refresh() {
    try {
      SearcherManager m = searchers;
      if (m != null) {
        m.maybeRefresh();
      } else if (DirectoryReader.indexExists(directory)) {
        synchronized (this) {
          if (searchers == null) {
            searchers = new SearcherManager(directory, null);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": refresh failed: " + e.getMessage(), e);
    }
  }

  /** Bytes the index takes on disk. */
  public long sizeOnDisk() {
    try {
      long total = 0;
      for (String f : directory.listAll()) {
        total += directory.fileLength(f);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes without committing: what was not committed was never acknowledged. Every part is closed
   * even when an earlier one fails; the first failure is reported.
   */
  @Override
  public void close() {
    IOException failure = null;
    try {
      if (searchers != null) {
        searchers.close();
      }
    } catch (IOException e) {
      failure = e;
    }
    try {
      if (writer != null) {
        writer.rollback(); // drops uncommitted additions and releases the write lock
      }
    } catch (IOException e) {
      failure = failure == null ? e : failure;
    }
    try {
      directory.close();
    } catch (IOException e) {
      failure = failure == null ? e : failure;
    }
    if (failure != null) {
      throw new UncheckedIOException(folder + ": close failed: " + failure.getMessage(), failure);
    }
  }
}
