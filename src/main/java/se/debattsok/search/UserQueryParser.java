package se.debattsok.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The query language users know: words (all must match), "exact phrases", OR, -exclusion,
 * (grouping), prefix*, fuzzy~ and field:value, on Lucene's classic parser ({@link FieldedParser}). Only the fields of {@link QueryFields} can
 * be named, in English or Swedish; a mistake gives a {@link QuerySyntaxException} with one line
 * that says what to fix.
 */
final class UserQueryParser {
  private final Analyzer queryAnalyzer;
  private final Analyzer allWordsAnalyzer;
  private final Ranking ranking;
  private final Proximity proximity;

  UserQueryParser(Analyzer queryAnalyzer, Analyzer allWordsAnalyzer, Ranking ranking) {
    this.queryAnalyzer = queryAnalyzer;
    this.allWordsAnalyzer = allWordsAnalyzer;
    this.ranking = ranking;
    this.proximity = new Proximity(allWordsAnalyzer, ranking);
  }

  Query parse(String typed, FoldedForms foldedForms) throws QuerySyntaxException {
    if (typed.isBlank()) {
      throw QueryMistakes.empty();
    }
    if (typed.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw QueryMistakes.tooLong(typed.length());
    }
    String text = PastedText.asQuery(typed);
    QueryMistakes.checkBalanced(text);
    Query query = parseWith(queryAnalyzer, text, foldedForms);
    if (isEmpty(query)) {
      // Only filler words ("och att"): search for them after all rather than for nothing.
      query = parseWith(allWordsAnalyzer, text, foldedForms);
    }
    if (onlyExclusions(query)) {
      return withMatchAll(query);
    }
    List<String> words = Offers.plainWords(text, 1);
    return words == null ? query : proximity.around(query, asSpelled(words, foldedForms));
  }

  /**
   * A query of 2 to 8 plain words loosened: any n − 1 of its n words (after filler words are
   * dropped) must match, one of two; the more a document holds, the higher it ranks, as ever. Null
   * for any other query, or one left with a single word.
   */
  Query parseAllButOne(String typed, FoldedForms foldedForms) throws QuerySyntaxException {
    String text = PastedText.asQuery(typed);
    List<String> words = Offers.plainWords(text); // at most 8 words: no bounds to check
    if (words == null) {
      return null;
    }
    Query anyWord = parseWith(queryAnalyzer, String.join(" OR ", words), foldedForms);
    if (!(anyWord instanceof BooleanQuery any) || any.clauses().size() < 2 || !WordClauses.onlyShould(any)) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(Math.max(1, any.clauses().size() - 1));
    any.clauses().forEach(b::add);
    return proximity.around(b.build(), asSpelled(words, foldedForms));
  }

  /**
   * The words as the parser searches them: a word typed without å, ä, ö that the texts write one
   * way only with them, so spelled ("mattliga valjarna" as "måttliga väljarna"), so that the words
   * stand together where the spelled ones do.
   */
  private static String asSpelled(List<String> words, FoldedForms foldedForms) {
    return words.stream()
        .map(w -> w.chars().allMatch(c -> c < 0x80) ? foldedForms.onlySpelling(w.toLowerCase(Locale.ROOT)).orElse(w) : w)
        .collect(Collectors.joining(" "));
  }

  private Query parseWith(Analyzer analyzer, String text, FoldedForms foldedForms) throws QuerySyntaxException {
    FieldedParser parser = new FieldedParser(analyzer, foldedForms, ranking);
    try {
      Query query = parser.parse(text);
      return query == null ? MatchNoDocsQuery.INSTANCE : query;
    } catch (ParseException e) {
      throw parser.fieldProblem != null ? parser.fieldProblem : QueryMistakes.explain(e, text);
    } catch (TooComplexToDeterminizeException e) {
      throw QueryMistakes.tooComplex();
    } catch (IllegalArgumentException e) { // e.g. an invalid regular expression
      throw QueryMistakes.unreadable(e.getMessage());
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryMistakes.tooManyParts();
    }
  }

  private static boolean isEmpty(Query query) {
    return query instanceof MatchNoDocsQuery || query instanceof BooleanQuery b && b.clauses().isEmpty();
  }

  private static boolean onlyExclusions(Query query) {
    return query instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
  }

  /** "-skola" alone means everything except what mentions skola. */
  private static Query withMatchAll(Query exclusions) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
    ((BooleanQuery) exclusions).clauses().forEach(b::add);
    return b.build();
  }
}
