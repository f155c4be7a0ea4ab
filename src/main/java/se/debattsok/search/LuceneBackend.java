package se.debattsok.search;

import java.io.IOException;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.index.IndexState;
import se.debattsok.model.Document;

/**
 * The backend of a Lucene index in a folder on this machine, opened read-only. Every call works on
 * the index version current when it starts, which stays open until it ends, so a re-index never
 * shows a search half of one version and half of another.
 */
final class LuceneBackend implements SearchBackend {
  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer indexAnalyzer = Fields.indexAnalyzer();
  private final UserQueryParser parser;
  private final LuceneSearch search;
  private final Speller speller = new Speller();
  private final DirectSpellChecker checker = IndexVocabulary.newChecker();
  private final Deadline deadline;

  private LuceneBackend(Directory directory, Ranking ranking, Deadline deadline) throws IOException {
    this.directory = directory;
    this.deadline = deadline;
    this.parser = new UserQueryParser(Fields.queryAnalyzer(), indexAnalyzer, ranking);
    this.search = new LuceneSearch(parser, ranking, deadline);
    this.searchers = new SearcherManager(directory, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        return new VersionSearcher(reader, indexAnalyzer, ranking, deadline);
      }
    });
  }

  /** Opens the index in a folder; searches stop at the deadline given. */
  static LuceneBackend open(Path indexDir, Ranking ranking, Deadline deadline) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new NoIndexException(indexDir);
    }
    Directory dir = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new NoIndexException(indexDir);
      }
      return new LuceneBackend(dir, ranking, deadline);
    } catch (CorruptIndexException e) {
      dir.close();
      throw new IOException("the index " + indexDir + " is damaged; delete the folder and index again", e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  static boolean exists(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  @Override
  public SearchResult search(SearchRequest request, Words words) throws QuerySyntaxException, IOException {
    VersionSearcher searcher = (VersionSearcher) searchers.acquire();
    try {
      return search.run(searcher, request, words);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public String correction(String query) throws IOException {
    return withSearcher(searcher -> speller.correct(query, new IndexVocabulary(searcher.getIndexReader(), checker), deadline));
  }

  @Override
  public Optional<MarkedDocument> marked(String id, String query) throws IOException, QuerySyntaxException {
    VersionSearcher searcher = (VersionSearcher) searchers.acquire();
    try {
      Query userQuery = query == null || query.isBlank() ? null : parser.parse(query, new IndexFoldedForms(searcher.getIndexReader()));
      int docId = docId(searcher, id);
      return docId < 0 ? Optional.empty() : Optional.of(DocumentView.of(searcher, docId, userQuery));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<Document> document(String id) throws IOException {
    return withSearcher(searcher -> {
      int docId = docId(searcher, id);
      return docId < 0 ? Optional.empty() : Optional.of(DocumentMapper.fromStored(searcher.storedFields().document(docId)));
    });
  }

  @Override
  public List<TextCopy> copies(String id) throws IOException {
    return withSearcher(searcher -> {
      int docId = docId(searcher, id);
      return docId < 0 ? List.of() : LuceneLookups.copies(searcher, docId);
    });
  }

  @Override
  public List<ThreadPart> thread(String id) throws IOException {
    return withSearcher(searcher -> {
      int docId = docId(searcher, id);
      return docId < 0 ? List.of() : ThreadLookup.of(searcher, docId);
    });
  }

  @Override
  public List<RelatedDocument> related(String id, Set<String> excluded) throws IOException {
    return withSearcher(searcher -> {
      int docId = docId(searcher, id);
      return docId < 0 ? List.of() : Related.inIndex(searcher, docId, excluded);
    });
  }

  @Override
  public void forEachId(java.util.function.Consumer<String> ids) throws IOException {
    withSearcher(searcher -> {
      for (var leaf : searcher.getIndexReader().leaves()) {
        var live = leaf.reader().getLiveDocs();
        var values = org.apache.lucene.index.DocValues.getSortedSet(leaf.reader(), Fields.ID);
        for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            ids.accept(values.lookupOrd(values.nextOrd()).utf8ToString());
          }
        }
      }
      return null;
    });
  }

  @Override
  public int[] threadSizes(List<List<String>> keys) throws IOException {
    return withSearcher(searcher -> {
      int[] sizes = new int[keys.size()];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = keys.get(i).isEmpty() ? 1 : ThreadLookup.size(searcher, keys.get(i));
      }
      return sizes;
    });
  }

  @Override
  public List<DebateSpeech> debate(String debateId) throws IOException {
    return withSearcher(searcher -> LuceneLookups.debate(searcher, debateId));
  }

  @Override
  public Optional<PersonSummary> person(String key) throws IOException {
    return withSearcher(searcher -> LuceneLookups.person(searcher, key));
  }

  @Override
  public int documentCount() throws IOException {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  @Override
  public Map<Facet, List<SearchResult.FacetCount>> overview() throws IOException {
    return withSearcher(searcher -> ((VersionSearcher) searcher).overview());
  }

  /**
   * Reads every file of the index version searched and checks its checksum: damage on disk (a
   * flipped block, a file cut short) otherwise shows only as wrong or missing hits, or not at all.
   */
  @Override
  public String verify() throws IOException {
    return withSearcher(searcher -> {
      try {
        for (var leaf : searcher.getIndexReader().leaves()) {
          leaf.reader().checkIntegrity();
        }
        return null;
      } catch (CorruptIndexException | java.io.EOFException e) {
        return IndexState.damage(e);
      }
    });
  }

  @Override
  public boolean refresh() throws IOException {
    long before = withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    searchers.maybeRefresh();
    long after = withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    return after != before;
  }

  private interface Lookup<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  /** Runs a look-up on the current index version, which stays open until it is done. */
  private <T> T withSearcher(Lookup<T> lookup) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return lookup.on(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The Lucene doc id of the document with this id, or -1. */
  static int docId(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }
}
