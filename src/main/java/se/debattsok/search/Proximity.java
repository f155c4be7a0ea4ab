package se.debattsok.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import se.debattsok.index.Fields;
import se.debattsok.index.TitleKey;

/**
 * A plain query that is a document's whole title ranks that document first. And people type
 * expressions ("inte har råd"), not bags of words: a plain query of several words also counts
 * where a document holds them as typed, side by side and in order (in the text or title), and
 * a little where they stand within a few words of each other. Each adds its {@link Ranking} weight
 * once, however often the words stand so: how often a document uses them is the words' own clauses'
 * business, and a phrase's BM25 score, made of its words' rarity, came to almost nothing for
 * expressions of common words ("till att få"). These clauses only rank: the query's own clauses
 * still decide which documents match.
 */
final class Proximity {
  /** Words within this many moves of each other count as near ("inte längre har råd"). */
  static final int NEAR_SLOP = 4;

  private final QueryBuilder words;
  private final Ranking ranking;

  /** @param allWords the analyzers of the index, filler words kept: they are part of an expression */
  Proximity(Analyzer allWords, Ranking ranking) {
    this.words = new QueryBuilder(allWords);
    this.ranking = ranking;
  }

  /**
   * The query, ranking first the documents whose title is the text ("Skolsegregation" for
   * "skolsegregation"), then those that hold the text's words together.
   */
  Query around(Query query, String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    String titleKey = TitleKey.of(text);
    if (titleKey != null) {
      add(b, new TermQuery(new Term(Fields.TITLE_KEY, titleKey)), ranking.phrase());
    }
    Query exact = words.createPhraseQuery(Fields.TEXT_EXACT, text, 0);
    if (exact instanceof PhraseQuery || exact instanceof MultiPhraseQuery) { // not one word alone
      add(b, exact, ranking.phrase());
      add(b, words.createPhraseQuery(Fields.TITLE, text, 0), ranking.phrase());
      add(b, words.createPhraseQuery(Fields.TEXT_EXACT, text, NEAR_SLOP), ranking.near());
    }
    BooleanQuery built = b.build();
    return built.clauses().size() == 1 ? query : built;
  }

  private static void add(BooleanQuery.Builder b, Query clause, float weight) {
    if (clause != null && weight > 0) {
      b.add(new BoostQuery(new RankingOnly(new ConstantScoreQuery(clause)), weight), BooleanClause.Occur.SHOULD);
    }
  }
}
