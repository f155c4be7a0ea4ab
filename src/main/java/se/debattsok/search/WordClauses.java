package se.debattsok.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import se.debattsok.analysis.TermMarks;
import se.debattsok.index.Fields;

/**
 * The clauses a plain word gets beside its own: the word as the head of a compound, the very form
 * typed, the words with å, ä, ö it may stand for. Each changes how documents rank, weighted by the
 * {@link Ranking}; the compound head also which documents match.
 */
final class WordClauses {
  private final Ranking ranking;
  private final FoldedForms foldedForms;

  WordClauses(Ranking ranking, FoldedForms foldedForms) {
    this.ranking = ranking;
    this.foldedForms = foldedForms;
  }

  /**
   * The word's field clauses without those on the folded copies, which are for words typed
   * without å, ä, ö: a word typed with them is found in the text as typed, and looking
   * it up folded too cost a tenth of a search with snippets (on the dev set it found one compound
   * document in a thousand more).
   */
  static Query withoutFolded(Query query) {
    if (!(query instanceof BooleanQuery fields) || !onlyShould(fields)) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause clause : fields.clauses()) {
      if (termOn(clause, Fields.TEXT_FOLDED) == null && termOn(clause, Fields.TITLE_FOLDED) == null) {
        b.add(clause);
      }
    }
    return b.build();
  }

  /**
   * The word a clause looks for on the field, weighted or not, alone or with its compound head;
   * null when it is no such clause.
   */
  private static String termOn(BooleanClause clause, String field) {
    Query inner = clause.query() instanceof BoostQuery boosted ? boosted.getQuery() : clause.query();
    if (inner instanceof SynonymQuery withHead && withHead.getField().equals(field)) {
      return withHead.getTerms().stream().map(Term::text).filter(t -> !TermMarks.isCompoundHead(t))
          .findFirst().orElse(null);
    }
    return inner instanceof TermQuery term && term.getTerm().field().equals(field) ? term.getTerm().text() : null;
  }

  static boolean onlyShould(BooleanQuery query) {
    return query.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
  }

  /**
   * A plain word also counts where it stands in the very form typed: "domen" finds every form of
   * "dom", and documents that say "domen" come first. Added to the word's own clauses, so it
   * changes the ranking, never which documents match (the exact form implies the stem). A word
   * typed without å, ä, ö is also looked up among the folded forms ({@link #withFoldedForms}).
   */
  Query withExactForm(Query query, Query exactForm, boolean alsoFolded) {
    if (!(exactForm instanceof TermQuery exact)) {
      return query; // several words in one ("EU-medlemskap"): they stay a phrase
    }
    Query weighted = new BoostQuery(new RankingOnly(new TermQuery(exact.getTerm())), ranking.exactForm());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (query instanceof BooleanQuery fields && onlyShould(fields)) {
      fields.clauses().forEach(b::add); // more alternatives beside the word's fields
      if (alsoFolded) {
        withFoldedForms(b, exact.getTerm().text(), fields);
      }
      return b.add(weighted, BooleanClause.Occur.SHOULD).build();
    }
    return b.add(query, BooleanClause.Occur.MUST).add(weighted, BooleanClause.Occur.SHOULD).build();
  }

  /**
   * The words with å, ä, ö that a word typed without them stands for, as the folded field's marked
   * forms tell: each one's folded stem is one more way to match (as the folded field counts), so
   * "tillstanden", which the stemmer cuts to "tillst", finds every form of "tillstånd"; and the
   * form itself counts as the form typed does, so "mattliga" ranks "måttliga" above "matt".
   */
  private void withFoldedForms(BooleanQuery.Builder b, String typed, BooleanQuery fields) {
    String prefix = TermMarks.foldedForm(typed, "");
    Set<String> stems = new LinkedHashSet<>();
    for (String marked : foldedForms.startingWith(prefix)) {
      stems.add(marked.substring(prefix.length()));
      b.add(new BoostQuery(new RankingOnly(new TermQuery(new Term(Fields.TEXT_FOLDED, marked))), ranking.exactForm()), BooleanClause.Occur.SHOULD);
    }
    for (BooleanClause clause : fields.clauses()) {
      stems.remove(termOn(clause, Fields.TEXT_FOLDED)); // the folded stem the word itself was stemmed to
    }
    for (String stem : stems) {
      b.add(new BoostQuery(withCompounds(new TermQuery(new Term(Fields.TEXT_FOLDED, stem))), ranking.folded()),
          BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * A word looked for in the text, or in its folded copy, is also looked for as the head of a
   * compound. The multi-field parser builds the per-field queries without calling back, so they
   * are found here: the field's term alone or among the fields' clauses.
   */
  Query withCompounds(Query query) {
    if (query instanceof TermQuery word) {
      return withCompounds(word);
    } else if (query instanceof BoostQuery boosted && boosted.getQuery() instanceof TermQuery word) {
      return new BoostQuery(withCompounds(word), boosted.getBoost());
    } else if (query instanceof BooleanQuery fields) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(fields.getMinimumNumberShouldMatch());
      fields.clauses().forEach(c -> b.add(withCompounds(c.query()), c.occur()));
      return b.build();
    }
    return query;
  }

  /**
   * The word, or it as the head of a compound (indexed marked, see TermMarks), as one
   * weighted synonym: a compound counts as a tenth of an occurrence of the word. One scorer, not
   * two: cheaper than a disjunction, and the document frequency is the two terms' together.
   */
  private Query withCompounds(TermQuery word) {
    String field = word.getTerm().field();
    if (!field.equals(Fields.TEXT) && !field.equals(Fields.TEXT_FOLDED)) {
      return word;
    }
    return new SynonymQuery.Builder(field)
        .addTerm(word.getTerm())
        .addTerm(new Term(field, TermMarks.compoundHead(word.getTerm().text())), ranking.compoundHead())
        .build();
  }

  /** The weight of a term in such a synonym (which Lucene does not give back): {@link QueryWire} sends it. */
  static float synonymWeight(Term term, Ranking ranking) {
    return TermMarks.isCompoundHead(term.text()) ? ranking.compoundHead() : 1f;
  }
}
