package se.debattsok.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A clause that counts in the ranking and is hidden from the highlighter: the words it is made of
 * are marked by the query's own clauses already, and reading the same offsets from a second field
 * (the very form typed, a phrase) cost a tenth of the time of a search with snippets.
 */
final class RankingOnly extends Query {
  private final Query inner;

  RankingOnly(Query inner) {
    this.inner = inner;
  }

  Query inner() {
    return inner;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = inner.rewrite(searcher);
    return rewritten == inner ? this : new RankingOnly(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return inner.createWeight(searcher, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {}

  @Override
  public String toString(String field) {
    return "ranking(" + inner.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && inner.equals(((RankingOnly) other).inner);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), inner);
  }
}
