package se.debattsok.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.SuggestWordQueue;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import se.debattsok.analysis.KeyboardDistance;
import se.debattsok.analysis.Spellings;
import se.debattsok.index.Fields;
import se.debattsok.index.SolrCluster;

/**
 * A Solr collection's words, over every shard: document frequencies and word lists through its terms
 * handler ({@code /terms}), near spellings through its spell checker ({@code /spell}, set up in
 * solrconfig.xml as {@link IndexVocabulary.newChecker()} is). What {@link IndexFoldedForms} and
 * {@link IndexVocabulary} read from a local index. Each look-up is a request to every shard, so
 * answers are kept ({@link Cache}) until the backend is refreshed: the words change only when the
 * collection is re-indexed.
 */
record SolrVocabulary(SolrCluster cluster, Cache cache, Deadline deadline) implements Vocabulary, FoldedForms {
  /** Near spellings each shard offers: as many as the local spell checker weighs for one suggestion. */
  private static final int ALTERNATIVES = 5;
  private static final KeyboardDistance DISTANCE = new KeyboardDistance();

  /** The answers of look-ups made so far, the most recent few thousand. */
  static final class Cache {
    private static final int SIZE = 20_000;
    private final Map<String, Optional<Object>> answers = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Optional<Object>> eldest) {
        return size() > SIZE;
      }
    });

    void clear() {
      answers.clear();
    }
  }

  /**
   * A planner's questions, answered with nothing: planning a query with it first tells which words
   * its real planning will look up, so they can be asked at once ({@link #prefetch}).
   */
  static final class Questions implements FoldedForms {
    private final Set<String> prefixes = new java.util.LinkedHashSet<>();
    private final Set<String> typed = new java.util.LinkedHashSet<>();

    @Override
    public List<String> startingWith(String prefix) {
      prefixes.add(prefix);
      return List.of();
    }

    @Override
    public Optional<String> onlySpelling(String word) {
      typed.add(word);
      return Optional.empty();
    }
  }

  /**
   * Looks up what these questions ask and is not known yet, all at once (a request each, in
   * parallel): a query of several words then waits for one round trip, not one per word. What
   * fails here is asked again, and fails in words, when the query is planned.
   */
  void prefetch(Questions asked) {
    List<Runnable> lookUps = new java.util.ArrayList<>();
    asked.prefixes.stream().filter(p -> !cache.answers.containsKey("f" + p)).forEach(p -> lookUps.add(() -> startingWith(p)));
    asked.typed.stream().filter(t -> !cache.answers.containsKey("s" + t)).forEach(t -> lookUps.add(() -> onlySpelling(t)));
    if (lookUps.size() < 2 || deadline.expired()) {
      return; // one look-up is as quick asked when planning
    }
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      lookUps.forEach(pool::submit);
    } // waits for them all
  }

  private interface LookUp<T> {
    T answer() throws IOException;
  }

  /**
   * The answer kept, or looked up; once the search's time is up, nothing more is looked up (each
   * look-up is a request): the word is taken as the collection lacking it.
   */
  @SuppressWarnings("unchecked")
  private <T> T cached(String key, LookUp<T> lookUp) {
    Optional<Object> known = cache.answers.get(key);
    if (known == null && deadline.expired()) {
      return null;
    }
    if (known == null) {
      try {
        known = Optional.ofNullable(lookUp.answer());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // the collection cannot be asked: the search fails as a whole
      }
      cache.answers.put(key, known);
    }
    return (T) known.orElse(null);
  }

  @Override
  public long docFreq(String field, String term) {
    Long freq = cached("d" + field + '\u0000' + term, () -> {
      SolrQuery query = terms(field);
      query.set("terms.list", term);
      List<TermsResponse.Term> found = terms(query, field);
      return found.isEmpty() ? 0L : found.get(0).getFrequency();
    });
    return freq == null ? 0 : freq;
  }

  @Override
  public SuggestWord nearest(String field, String word) {
    return cached("n" + field + '\u0000' + word, () -> {
      SolrQuery query = new SolrQuery("*:*").setRows(0);
      query.setRequestHandler("/spell");
      query.set("spellcheck.q", word).set("spellcheck.dictionary", field).set("spellcheck.count", ALTERNATIVES);
      SpellCheckResponse spelling = cluster.query(query).getSpellCheckResponse();
      if (spelling == null || spelling.getSuggestions().isEmpty()) {
        return null;
      }
      // Each shard offers its nearest few by its own counts; ranked here as the local spell
      // checker ranks: by nearness, then by how common the word is in the whole collection.
      SpellCheckResponse.Suggestion found = spelling.getSuggestions().get(0);
      SuggestWord best = null;
      for (int i = 0; found.getAlternatives() != null && i < found.getAlternatives().size(); i++) {
        SuggestWord candidate = new SuggestWord();
        candidate.string = found.getAlternatives().get(i);
        candidate.freq = found.getAlternativeFrequencies() == null ? 0 : found.getAlternativeFrequencies().get(i);
        candidate.score = DISTANCE.getDistance(word, candidate.string);
        if (best == null || SuggestWordQueue.DEFAULT_COMPARATOR.compare(candidate, best) > 0) {
          best = candidate;
        }
      }
      return best;
    });
  }

  @Override
  public String commonestEndingIn(String word) {
    return cached("e" + word, () -> {
      SolrQuery query = terms(Fields.TEXT_EXACT).setTermsLimit(-1);
      query.set("terms.regex", ".*" + java.util.regex.Pattern.quote(word));
      String best = null;
      long bestFreq = 0;
      for (TermsResponse.Term term : terms(query, Fields.TEXT_EXACT)) {
        String found = term.getTerm();
        if (found.length() <= word.length()) {
          continue;
        }
        if (term.getFrequency() > bestFreq || term.getFrequency() == bestFreq && found.length() < best.length()) {
          best = found;
          bestFreq = term.getFrequency();
        }
      }
      return best;
    });
  }

  @Override
  public String asWritten(String field, String folded) {
    return cached("w" + field + '\u0000' + folded, () -> {
      SolrQuery query = new SolrQuery("{!term f=" + field + " v=$v}").setRows(1).setFields(Fields.PERSON_NAME);
      query.set("v", folded).set("sort", "score desc," + Fields.ID + " asc");
      List<SolrDocument> found = cluster.query(query).getResults();
      if (found.isEmpty() || found.get(0).getFieldValues(Fields.PERSON_NAME) == null) {
        return null;
      }
      return String.join("\n", found.get(0).getFieldValues(Fields.PERSON_NAME).stream().map(String::valueOf).toList());
    });
  }

  @Override
  public FoldedForms foldedForms() {
    return this;
  }

  @Override
  public List<String> startingWith(String prefix) {
    List<String> forms = cached("f" + prefix, () -> {
      SolrQuery query = terms(Fields.TEXT_FOLDED).setTermsPrefix(prefix).setTermsLimit(FoldedForms.MAX_FOLDED_FORMS);
      query.set("terms.sort", "index");
      Set<String> found = new TreeSet<>();
      terms(query, Fields.TEXT_FOLDED).forEach(t -> found.add(t.getTerm()));
      return List.copyOf(found);
    });
    return forms == null ? List.of() : forms;
  }

  @Override
  public Optional<String> onlySpelling(String typed) {
    if (!Spellings.few(typed)) {
      return Optional.empty();
    }
    return Optional.ofNullable(cached("s" + typed, () -> {
      List<String> spellings = Spellings.of(typed);
      SolrQuery query = terms(Fields.TEXT_EXACT);
      query.set("terms.list", String.join(",", spellings));
      Set<String> written = new TreeSet<>();
      terms(query, Fields.TEXT_EXACT).forEach(t -> written.add(t.getTerm()));
      if (written.contains(typed)) {
        return null; // the texts spell it as typed
      }
      List<String> others = spellings.subList(1, spellings.size()).stream().filter(written::contains).toList();
      return others.size() == 1 ? others.get(0) : null;
    }));
  }

  private static SolrQuery terms(String field) {
    SolrQuery query = new SolrQuery();
    query.setRequestHandler("/terms");
    return query.setTerms(true).addTermsField(field).setTermsMinCount(1);
  }

  private List<TermsResponse.Term> terms(SolrQuery query, String field) throws IOException {
    TermsResponse terms = cluster.query(query).getTermsResponse();
    List<TermsResponse.Term> list = terms == null ? null : terms.getTerms(field);
    return list == null ? List.of() : list;
  }

}
