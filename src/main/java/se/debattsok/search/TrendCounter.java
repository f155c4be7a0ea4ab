package se.debattsok.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import se.debattsok.index.Fields;

/**
 * How many matching documents (speeches count one each) there are per year, in all and per party
 * of their principals, read from the date and party doc values of every match: no stored fields,
 * no scores.
 */
final class TrendCounter {
  private TrendCounter() {}

  static SearchResult.Trend count(IndexSearcher searcher, Query query) throws IOException {
    Map<Integer, Map<String, Long>> byYear = searcher.search(query, new Manager());
    List<SearchResult.YearCount> years = new ArrayList<>();
    byYear.forEach((year, counts) -> {
      Map<String, Long> parties = new TreeMap<>(counts);
      long all = parties.remove("");
      years.add(new SearchResult.YearCount(year, all, parties));
    });
    return new SearchResult.Trend(years);
  }

  /** Per year, "" → all documents and each party code → its documents. */
  private static final class Manager implements CollectorManager<Counter, Map<Integer, Map<String, Long>>> {
    @Override
    public Counter newCollector() {
      return new Counter();
    }

    @Override
    public Map<Integer, Map<String, Long>> reduce(Collection<Counter> counters) {
      Map<Integer, Map<String, Long>> total = new TreeMap<>();
      for (Counter counter : counters) {
        counter.counts.forEach((year, parties) ->
            parties.forEach((party, n) -> total.computeIfAbsent(year, y -> new HashMap<>()).merge(party, n, Long::sum)));
      }
      return total;
    }
  }

  private static final class Counter implements Collector {
    final Map<Integer, Map<String, Long>> counts = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    /**
     * Counts per year by party ordinal, and turns ordinals into party codes once per segment, when
     * it is done: a query may match tens of thousands of documents, each with one or more parties.
     */
    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedNumericDocValues dates = DocValues.getSortedNumeric(context.reader(), Fields.DATE);
      SortedSetDocValues parties = DocValues.getSortedSet(context.reader(), Fields.PARTY);
      int partyCount = (int) parties.getValueCount();
      Map<Integer, long[]> byYear = new HashMap<>(); // [0]: all documents; [1 + ord]: that party's
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (!dates.advanceExact(doc)) {
            return; // undated: on no year
          }
          long[] perParty = byYear.computeIfAbsent(LocalDate.ofEpochDay(dates.nextValue()).getYear(), y -> new long[1 + partyCount]);
          perParty[0]++;
          if (parties.advanceExact(doc)) {
            for (int i = 0; i < parties.docValueCount(); i++) {
              perParty[1 + (int) parties.nextOrd()]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (Map.Entry<Integer, long[]> year : byYear.entrySet()) {
            Map<String, Long> named = counts.computeIfAbsent(year.getKey(), y -> new HashMap<>());
            long[] perParty = year.getValue();
            named.merge("", perParty[0], Long::sum);
            for (int ord = 0; ord < partyCount; ord++) {
              if (perParty[1 + ord] > 0) {
                named.merge(parties.lookupOrd(ord).utf8ToString(), perParty[1 + ord], Long::sum);
              }
            }
          }
        }
      };
    }
  }
}
