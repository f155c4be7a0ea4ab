package se.debattsok.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.NumericDocValuesRangeQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A query as the planner built it, as a tree of maps and lists (JSON for Solr's {@code
 * {!debattsok}} parser, se.debattsok.solr.EngineQueryParser, which builds the same query back):
 * so a SolrCloud collection searches exactly what the local index would, words, forms, weights and
 * all, without planning it a second time on each shard. Every node is a map with its type in "t".
 */
final class QueryWire {
  private final Ranking ranking;

  QueryWire(Ranking ranking) {
    this.ranking = ranking;
  }

  /** @throws IllegalArgumentException for a kind of query the planner does not make */
  Map<String, Object> of(Query query) {
    Map<String, Object> node = new LinkedHashMap<>();
    switch (query) {
      case TermQuery q -> term(node, "term", q.getTerm());
      case BooleanQuery q -> {
        node.put("t", "bool");
        List<Object> clauses = new ArrayList<>();
        for (BooleanClause clause : q.clauses()) {
          clauses.add(Map.of("o", clause.occur().name(), "q", of(clause.query())));
        }
        node.put("c", clauses);
        node.put("m", q.getMinimumNumberShouldMatch());
      }
      case BoostQuery q -> {
        node.put("t", "boost");
        node.put("b", q.getBoost());
        node.put("q", of(q.getQuery()));
      }
      case ConstantScoreQuery q -> {
        node.put("t", "const");
        node.put("q", of(q.getQuery()));
      }
      case DisjunctionMaxQuery q -> {
        node.put("t", "dismax");
        node.put("tie", q.getTieBreakerMultiplier());
        node.put("q", q.getDisjuncts().stream().map(this::of).toList());
      }
      case SynonymQuery q -> {
        node.put("t", "syn");
        node.put("f", q.getField());
        node.put("v", q.getTerms().stream().map(Term::text).toList());
        node.put("w", q.getTerms().stream().map(t -> WordClauses.synonymWeight(t, ranking)).toList());
      }
      case PhraseQuery q -> {
        node.put("t", "phrase");
        node.put("f", q.getField());
        node.put("v", List.of(q.getTerms()).stream().map(Term::text).toList());
        node.put("p", ints(q.getPositions()));
        node.put("s", q.getSlop());
      }
      case MultiPhraseQuery q -> {
        node.put("t", "multiphrase");
        List<Object> words = new ArrayList<>();
        String field = null;
        for (Term[] forms : q.getTermArrays()) {
          words.add(List.of(forms).stream().map(Term::text).toList());
          field = forms[0].field();
        }
        node.put("f", field);
        node.put("v", words);
        node.put("p", ints(q.getPositions()));
        node.put("s", q.getSlop());
      }
      case FuzzyQuery q -> {
        term(node, "fuzzy", q.getTerm());
        node.put("e", q.getMaxEdits());
        node.put("pl", q.getPrefixLength());
        node.put("tr", q.getTranspositions());
      }
      case WildcardQuery q -> term(node, "wildcard", q.getTerm());
      case PrefixQuery q -> term(node, "prefix", q.getPrefix());
      case RegexpQuery q -> term(node, "regexp", q.getRegexp());
      case TermRangeQuery q -> {
        node.put("t", "termrange");
        node.put("f", q.getField());
        node.put("lo", q.getLowerTerm() == null ? null : q.getLowerTerm().utf8ToString());
        node.put("hi", q.getUpperTerm() == null ? null : q.getUpperTerm().utf8ToString());
        node.put("il", q.includesLower());
        node.put("iu", q.includesUpper());
      }
      case RankingOnly q -> {
        return of(q.inner()); // hidden from the highlighter only, which runs here, not on Solr
      }
      case NumericDocValuesRangeQuery q -> { // a LongField's range: the same documents by points on Solr
        node.put("t", "longs");
        node.put("f", q.getField());
        node.put("lo", q.lowerValue());
        node.put("hi", q.upperValue());
      }
      case IndexOrDocValuesQuery q -> {
        return of(q.getIndexQuery()); // the same documents; Solr picks its own way to find them
      }
      case PointRangeQuery q when q.getNumDims() == 1 && q.getBytesPerDim() == Long.BYTES -> {
        node.put("t", "longs");
        node.put("f", q.getField());
        node.put("lo", LongPoint.decodeDimension(q.getLowerPoint(), 0));
        node.put("hi", LongPoint.decodeDimension(q.getUpperPoint(), 0));
      }
      case PointRangeQuery q when q.getNumDims() == 1 && q.getBytesPerDim() == Integer.BYTES -> {
        node.put("t", "ints");
        node.put("f", q.getField());
        node.put("lo", IntPoint.decodeDimension(q.getLowerPoint(), 0));
        node.put("hi", IntPoint.decodeDimension(q.getUpperPoint(), 0));
      }
      case MatchAllDocsQuery q -> node.put("t", "all");
      case MatchNoDocsQuery q -> node.put("t", "none");
      default -> throw new IllegalArgumentException("a query of this kind cannot be sent to Solr: " + query);
    }
    return node;
  }

  private static void term(Map<String, Object> node, String type, Term term) {
    node.put("t", type);
    node.put("f", term.field());
    node.put("v", term.text());
  }

  private static List<Integer> ints(int[] values) {
    List<Integer> list = new ArrayList<>(values.length);
    for (int value : values) {
      list.add(value);
    }
    return list;
  }
}
