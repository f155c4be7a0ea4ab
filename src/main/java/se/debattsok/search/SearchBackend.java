package se.debattsok.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.debattsok.model.Document;

/**
 * Where a search runs: {@link SearchService} decides what to ask (the query as written, corrected,
 * loosened) within one time limit, and a backend answers each question from its index. Today's
 * backend is a Lucene index on this machine ({@link LuceneBackend}); another (a SolrCloud
 * collection) implements the same methods, and web, cli and eval do not change.
 *
 * <p>Every method may be called from many threads at once. The searches honour the {@link Deadline}
 * the backend was made with: past it they answer with what they found, flagged partial.
 */
public interface SearchBackend extends Closeable {

  /** How a query's words are searched. */
  enum Words {
    /** As written: all plain words must occur (filler words aside). */
    ALL,
    /** A plain query of 2 to 8 words loosened to all its words but one. */
    ALL_BUT_ONE
  }

  /**
   * Runs one search: the hits of the page asked for, with snippets, facets, groups and trend as the
   * request asks.
   *
   * @return the result; null when asked for {@link Words#ALL_BUT_ONE} of a query that is no list of
   *     plain words
   */
  SearchResult search(SearchRequest request, Words words) throws QuerySyntaxException, IOException;

  /** The query with its misspelled words corrected from the index's words, or null. */
  String correction(String query) throws IOException;

  /** The document with this id, with the hits of the query (if not blank) marked. */
  Optional<MarkedDocument> marked(String id, String query) throws IOException, QuerySyntaxException;

  /** The whole document with this id; no hits marked. */
  Optional<Document> document(String id) throws IOException;

  /** The other documents with nearly word for word this document's text; empty for an unknown id. */
  List<TextCopy> copies(String id) throws IOException;

  /**
   * The thread a document is part of (question, answer, the debate's speeches), in order; empty for
   * an unknown id or a document that stands alone.
   */
  List<ThreadPart> thread(String id) throws IOException;

  /**
   * How many documents each thread has: per list of {@code ThreadKeys} keys, the documents with any
   * of them (1 for an empty list). Guesses are not counted.
   */
  int[] threadSizes(List<List<String>> keys) throws IOException;

  /**
   * The documents closest in content to this one ({@link Related#SHOWN} at most), each with the
   * distinctive words they share; not its debate, nor the documents given (its copies and thread,
   * which the caller has looked up). Empty for an unknown id.
   */
  List<RelatedDocument> related(String id, Set<String> excluded) throws IOException;

  /** The speeches of a debate in order; empty for an unknown id or a document that is no speech. */
  List<DebateSpeech> debate(String debateId) throws IOException;

  /** What the index knows about a person, by {@code Person.key()}. */
  Optional<PersonSummary> person(String key) throws IOException;

  int documentCount() throws IOException;

  /** Gives every document's id, in no particular order. */
  void forEachId(java.util.function.Consumer<String> ids) throws IOException;

  /** What the index holds: its documents counted per kind, assembly and year (every dimension but people's). */
  Map<Facet, List<SearchResult.FacetCount>> overview() throws IOException;

  /**
   * Checks the index searched for damage on disk.
   *
   * @return null when it is sound, else what is wrong, in a few words
   */
  String verify() throws IOException;

  /**
   * Makes what a re-index committed visible to new searches; searches under way finish on the
   * version they began on.
   *
   * @return whether the version searched changed
   */
  boolean refresh() throws IOException;
}
