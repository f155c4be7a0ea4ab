package se.debattsok.solr;

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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.Utils;

/**
 * The engine's query tree (se.debattsok.search.QueryWire writes it) back into Lucene queries: one
 * map per node, its type in "t". What is not such a tree is a bad request, said in words.
 */
final class EngineQuery {
  private EngineQuery() {}

  static Query parse(String json) {
    if (json == null || json.isBlank()) {
      throw bad("an empty query");
    }
    Object tree;
    try {
      tree = Utils.fromJSONString(json);
    } catch (RuntimeException e) {
      throw bad("not JSON: " + e.getMessage());
    }
    try {
      return of(tree);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
      throw bad("not a query tree of Debattsök's (" + e.getMessage() + ")");
    }
  }

  private static SolrException bad(String why) {
    return new SolrException(SolrException.ErrorCode.BAD_REQUEST, "{!debattsok}: " + why);
  }

  @SuppressWarnings("unchecked")
  private static Query of(Object tree) {
    Map<String, Object> node = (Map<String, Object>) tree;
    String type = (String) node.get("t");
    return switch (type) {
      case "term" -> new TermQuery(term(node));
      case "bool" -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Object clause : (List<Object>) node.get("c")) {
          Map<String, Object> c = (Map<String, Object>) clause;
          b.add(of(c.get("q")), BooleanClause.Occur.valueOf((String) c.get("o")));
        }
        b.setMinimumNumberShouldMatch(number(node, "m").intValue());
        yield b.build();
      }
      case "boost" -> new BoostQuery(of(node.get("q")), number(node, "b").floatValue());
      case "const" -> new ConstantScoreQuery(of(node.get("q")));
      case "dismax" -> new DisjunctionMaxQuery(((List<Object>) node.get("q")).stream().map(EngineQuery::of).toList(),
          number(node, "tie").floatValue());
      case "syn" -> {
        String field = (String) node.get("f");
        List<Object> words = (List<Object>) node.get("v");
        List<Object> weights = (List<Object>) node.get("w");
        SynonymQuery.Builder b = new SynonymQuery.Builder(field);
        for (int i = 0; i < words.size(); i++) {
          b.addTerm(new Term(field, (String) words.get(i)), ((Number) weights.get(i)).floatValue());
        }
        yield b.build();
      }
      case "phrase" -> {
        String field = (String) node.get("f");
        List<Object> words = (List<Object>) node.get("v");
        List<Object> positions = (List<Object>) node.get("p");
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(number(node, "s").intValue());
        for (int i = 0; i < words.size(); i++) {
          b.add(new Term(field, (String) words.get(i)), ((Number) positions.get(i)).intValue());
        }
        yield b.build();
      }
      case "multiphrase" -> {
        String field = (String) node.get("f");
        List<Object> words = (List<Object>) node.get("v");
        List<Object> positions = (List<Object>) node.get("p");
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(number(node, "s").intValue());
        for (int i = 0; i < words.size(); i++) {
          Term[] forms = ((List<Object>) words.get(i)).stream().map(w -> new Term(field, (String) w)).toArray(Term[]::new);
          b.add(forms, ((Number) positions.get(i)).intValue());
        }
        yield b.build();
      }
      case "fuzzy" -> new FuzzyQuery(term(node), number(node, "e").intValue(), number(node, "pl").intValue(),
          FuzzyQuery.defaultMaxExpansions, (Boolean) node.get("tr"));
      case "wildcard" -> new WildcardQuery(term(node));
      case "prefix" -> new PrefixQuery(term(node));
      case "regexp" -> new RegexpQuery(term(node));
      case "termrange" -> TermRangeQuery.newStringRange((String) node.get("f"), (String) node.get("lo"),
          (String) node.get("hi"), (Boolean) node.get("il"), (Boolean) node.get("iu"));
      case "longs" -> LongPoint.newRangeQuery((String) node.get("f"), number(node, "lo").longValue(),
          number(node, "hi").longValue());
      case "ints" -> IntPoint.newRangeQuery((String) node.get("f"), number(node, "lo").intValue(),
          number(node, "hi").intValue());
      case "terms" -> new TermInSetQuery((String) node.get("f"),
          ((List<Object>) node.get("v")).stream().map(v -> new BytesRef((String) v)).toList());
      case "all" -> new MatchAllDocsQuery();
      case "none" -> new MatchNoDocsQuery();
      default -> throw new IllegalArgumentException("unknown node type " + type);
    };
  }

  private static Term term(Map<String, Object> node) {
    return new Term((String) node.get("f"), (String) node.get("v"));
  }

  private static Number number(Map<String, Object> node, String key) {
    return (Number) node.get(key);
  }
}
