package se.debattsok.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import se.debattsok.index.Fields;

/**
 * Lucene's classic query parser with users' field names mapped ({@link QueryFields}), fields of codes and
 * dates matched exactly, each plain word given its {@link WordClauses}, and patterns (prefix*, fuzzy~,
 * /regex/) bounded. One instance per parse.
 */
final class FieldedParser extends MultiFieldQueryParser {
  /** Words with *, ?, ~ or /…/ in one query. */
  static final int MAX_PATTERNS = 10;

  /** A mistake the parser's callbacks found, in both languages; thrown in place of Lucene's words. */
  QuerySyntaxException fieldProblem;

  /** Records a mistake and stops the parse (Lucene's parser takes only its own exception). */
  private <T> T problem(String english, String swedish) throws ParseException {
    return problem(new QuerySyntaxException(english, swedish));
  }

  private <T> T problem(QuerySyntaxException mistake) throws ParseException {
    fieldProblem = mistake;
    throw new ParseException(mistake.getMessage());
  }
  private int patterns;
  private final FoldedForms foldedForms;
  private final WordClauses words;
  /** Where plain words are looked for, and how much a match there counts. */
  private final Map<String, Float> weights;

  FieldedParser(Analyzer analyzer, FoldedForms foldedForms, Ranking ranking) {
    this(analyzer, foldedForms, ranking, ranking.fieldWeights());
  }

  private FieldedParser(Analyzer analyzer, FoldedForms foldedForms, Ranking ranking, Map<String, Float> weights) {
    super(weights.keySet().toArray(String[]::new), analyzer, weights);
    this.foldedForms = foldedForms;
    this.words = new WordClauses(ranking, foldedForms);
    this.weights = weights;
    setDefaultOperator(AND_OPERATOR);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true); // "EU-medlemskap" is a phrase, not "eu OR medlemskap"
    setAllowLeadingWildcard(false);
  }

  private String field(String name) throws ParseException {
    if (name == null) {
      return null;
    }
    if (weights.containsKey(name)) {
      // The multi-field parser calls back with each default field for prefix, fuzzy and regex
      // terms; those are internal names ("text_folded"), not names users type.
      return name;
    }
    String field = QueryFields.NAMES.get(name.toLowerCase(Locale.ROOT));
    if (field == null) {
      String fields = String.join(", ", QueryFields.NAMES.keySet().stream().sorted().toList());
      return problem("Unknown field '" + name + ":'. Fields: " + fields + ". To search for the word, put it in quotes.",
          "Okänt fält '" + name + ":'. Fält: " + fields + ". Sätt ordet inom citattecken för att söka efter det.");
    }
    return field;
  }

  @Override
  protected Query getFieldQuery(String name, String text, boolean quoted) throws ParseException {
    String field = field(name);
    if (field == null && text.startsWith("=") && text.length() > 1) {
      // =förskolan: this word form only, no stemming, folding or other forms.
      return super.getFieldQuery(Fields.TEXT_EXACT, text.substring(1), false);
    }
    Optional<Query> exact = exactFieldQuery(field, text);
    if (exact.isPresent()) {
      return exact.get();
    }
    boolean typedWithSwedishLetters = !text.chars().allMatch(c -> c < 0x80);
    if (field == null && !quoted && !typedWithSwedishLetters) {
      // Typed without å, ä, ö a word the texts only ever spell with them: searched as spelled,
      // so that it finds and ranks what the spelled word does (its title, its compounds).
      Optional<String> spelled = foldedForms.onlySpelling(text.toLowerCase(Locale.ROOT));
      if (spelled.isPresent()) {
        return getFieldQuery(name, spelled.get(), false);
      }
    }
    Query query = words.withCompounds(super.getFieldQuery(field, text, quoted));
    if (field != null || query == null) {
      return query;
    }
    return words.withExactForm(typedWithSwedishLetters ? WordClauses.withoutFolded(query) : query,
        super.getFieldQuery(Fields.TEXT_EXACT, text, false), !typedWithSwedishLetters);
  }

  /** The parser sends every quoted phrase here, with its slop ("…"~2), or 0. */
  @Override
  protected Query getFieldQuery(String name, String text, int slop) throws ParseException {
    String field = field(name);
    if (field == null) {
      // "a phrase": the words as written, in order, in the text; titles and names as usual.
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String f : List.of(Fields.TEXT_EXACT, Fields.TITLE, Fields.PERSON, Fields.PARTICIPANT)) {
        Query q = super.getFieldQuery(f, text, slop);
        if (q != null) {
          Float weight = weights.get(f);
          any.add(weight == null || weight == 1 ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
        }
      }
      BooleanQuery built = any.build();
      return built.clauses().isEmpty() ? null : built;
    }
    Optional<Query> exact = exactFieldQuery(field, text);
    return exact.isPresent() ? exact.get() : super.getFieldQuery(field, text, slop);
  }

  /** Builds a query for one field; the parser's own methods throw ParseException. */
  private interface FieldQuery {
    Query on(String field) throws ParseException;
  }

  /**
   * Prefix, wildcard, fuzzy and regex terms without a field: matched against the words as
   * written (not stems: "fritidsgårdrna~" is one edit from "fritidsgårdarna" but three from its
   * stem), in titles and names too. At most {@value #MAX_PATTERNS} per query: each one walks the
   * vocabulary, and hundreds took seconds.
   */
  private static final int MAX_FUZZY_LENGTH = Speller.MAX_WORD_LENGTH;
  private static final int ONE_EDIT_FROM = 20;

  private Query patternQuery(String name, FieldQuery perField) throws ParseException {
    if (name != null) {
      return perField.on(field(name));
    }
    if (++patterns > MAX_PATTERNS) {
      return problem("At most " + MAX_PATTERNS + " words with *, ?, ~ or /…/ in one query.",
          "Högst " + MAX_PATTERNS + " ord med *, ?, ~ eller /…/ i en fråga.");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : List.of(Fields.TEXT_EXACT, Fields.TITLE, Fields.PERSON)) {
      Query q = perField.on(field);
      if (q != null) {
        any.add(q, BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  @Override
  protected Query getPrefixQuery(String name, String text) throws ParseException {
    return patternQuery(name, f -> super.getPrefixQuery(f, text));
  }

  @Override
  protected Query getWildcardQuery(String name, String text) throws ParseException {
    return patternQuery(name, f -> super.getWildcardQuery(f, text));
  }

  @Override
  protected Query getFuzzyQuery(String name, String text, float similarity) throws ParseException {
    if (text.length() > MAX_FUZZY_LENGTH) {
      // Its automaton alone takes tenths of a second to build, and no word of the texts is that long.
      return problem("A word with ~ may have at most " + MAX_FUZZY_LENGTH + " letters.",
          "Ett ord med ~ får ha högst " + MAX_FUZZY_LENGTH + " bokstäver.");
    }
    // Two edits from a long word cost much more than one (10 words of 45 letters: 0.6 s against
    // 0.1 s) and a long word's typo is mostly one slip: within one edit from this length on.
    float edits = text.codePointCount(0, text.length()) > ONE_EDIT_FROM ? Math.min(similarity, 1f) : similarity;
    return patternQuery(name, f -> super.getFuzzyQuery(f, text, edits));
  }

  @Override
  protected Query getRegexpQuery(String name, String text) throws ParseException {
    return patternQuery(name, f -> super.getRegexpQuery(f, text));
  }

  @Override
  protected Query getRangeQuery(String name, String lower, String upper, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    String field = field(name);
    if (Fields.DATE.equals(field)) {
      LocalDate from = lower == null || lower.equals("*") ? LocalDate.MIN : Dates.parseFrom(lower);
      LocalDate to = upper == null || upper.equals("*") ? LocalDate.MAX : Dates.parseTo(upper);
      if (from == null || to == null) {
        return problem("A year range looks like year:[2010 TO 2014].", "Ett årsintervall skrivs år:[2010 TO 2014].");
      }
      return LongField.newRangeQuery(Fields.DATE, from.toEpochDay(), to.toEpochDay());
    }
    return super.getRangeQuery(field, lower, upper, startInclusive, endInclusive);
  }

  /** Fields holding codes, ids and dates are matched as values ({@link QueryFields}). */
  private Optional<Query> exactFieldQuery(String field, String text) throws ParseException {
    try {
      return QueryFields.exactFieldQuery(field, text);
    } catch (QuerySyntaxException e) {
      return problem(e);
    }
  }
}
