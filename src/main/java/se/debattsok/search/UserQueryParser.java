package se.debattsok.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import se.debattsok.analysis.TermMarks;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.model.Person;
import se.debattsok.model.Kind;

/**
 * The query language users know: words (all must match), "exact phrases", OR, -exclusion,
 * (grouping), prefix*, fuzzy~ and field:value, on Lucene's classic parser. Only the fields below can
 * be named, in English or Swedish; a mistake gives a {@link QuerySyntaxException} with one line
 * that says what to fix.
 */
final class UserQueryParser {
  /** Words with *, ?, ~ or /…/ in one query. */
  static final int MAX_PATTERNS = 10;

  /** How deep parentheses may nest: far more than anyone types, far less than overflows the parser. */
  static final int MAX_NESTING = 32;

  /** What users may write before a colon, and the index field it means. */
  static final Map<String, String> FIELD_NAMES = fieldNames();
  private final Analyzer queryAnalyzer;
  private final Analyzer allWordsAnalyzer;
  private final Ranking ranking;

  UserQueryParser(Analyzer queryAnalyzer, Analyzer allWordsAnalyzer, Ranking ranking) {
    this.queryAnalyzer = queryAnalyzer;
    this.allWordsAnalyzer = allWordsAnalyzer;
    this.ranking = ranking;
  }

  private static Map<String, String> fieldNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("title", Fields.TITLE);
    names.put("titel", Fields.TITLE);
    names.put("text", Fields.TEXT);
    names.put("person", Fields.PERSON);
    names.put("speaker", Fields.PERSON);
    names.put("talare", Fields.PERSON);
    names.put("participant", Fields.PARTICIPANT);
    names.put("deltagare", Fields.PARTICIPANT);
    names.put("party", Fields.PARTY);
    names.put("parti", Fields.PARTY);
    names.put("kind", Fields.KIND);
    names.put("typ", Fields.KIND);
    names.put("year", Fields.DATE);
    names.put("år", Fields.DATE);
    names.put("id", Fields.ID);
    names.put("reference", Fields.REFERENCE_KEY);
    names.put("dnr", Fields.REFERENCE_KEY);
    names.put("addressee", Fields.ADDRESSEE);
    names.put("till", Fields.ADDRESSEE);
    return Map.copyOf(names);
  }

  /**
   * The marked folded forms in the index (see {@link TermMarks#foldedForm}) that begin with a
   * prefix: the words with å, ä, ö that a word typed without them may stand for.
   */
  interface FoldedForms {
    /** For a parser without an index (tests of the query language). */
    FoldedForms NONE = prefix -> List.of();

    List<String> startingWith(String prefix);

    /**
     * The one way the texts spell a word typed without å, ä, ö, when they never spell it as typed:
     * "gangkriminalitet" is "gängkriminalitet". Empty when the word occurs as typed ("vald", which
     * may be "våld" or "vald"), when several spellings occur, or none.
     */
    default Optional<String> onlySpelling(String typed) {
      return Optional.empty();
    }
  }

  static QuerySyntaxException tooManyParts() {
    return new QuerySyntaxException("The query has too many parts; use fewer words.", "Frågan har för många delar; använd färre ord.");
  }

  static QuerySyntaxException tooComplex() {
    return new QuerySyntaxException("The pattern is too complex to search for; make it more specific.",
        "Mönstret är för krångligt att söka efter; gör det mer bestämt.");
  }

  /** At most this many words with å, ä, ö are looked for behind one typed without them. */
  static final int MAX_FOLDED_FORMS = 8;

  Query parse(String text, FoldedForms foldedForms) throws QuerySyntaxException {
    if (text.isBlank()) {
      throw new QuerySyntaxException("The query is empty: type one or more words.", "Frågan är tom: skriv ett eller flera ord.");
    }
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException(
          "The query is too long (" + text.length() + " characters; at most " + SearchRequest.MAX_QUERY_LENGTH + ").",
          "Frågan är för lång (" + text.length() + " tecken; högst " + SearchRequest.MAX_QUERY_LENGTH + ").");
    }
    checkBalanced(text);
    Query query = parseWith(queryAnalyzer, text, foldedForms);
    if (isEmpty(query)) {
      // Only filler words ("och att"): search for them after all rather than for nothing.
      query = parseWith(allWordsAnalyzer, text, foldedForms);
    }
    return onlyExclusions(query) ? withMatchAll(query) : query;
  }

  /**
   * A query of 2 to 8 plain words loosened: any n − 1 of its n words (after filler words are
   * dropped) must match, one of two; the more a document holds, the higher it ranks, as ever. Null
   * for any other query, or one left with a single word.
   */
  Query parseAllButOne(String text, FoldedForms foldedForms) throws QuerySyntaxException {
    List<String> words = Offers.plainWords(text); // at most 8 words: no bounds to check
    if (words == null) {
      return null;
    }
    Query anyWord = parseWith(queryAnalyzer, String.join(" OR ", words), foldedForms);
    if (!(anyWord instanceof BooleanQuery any) || any.clauses().size() < 2 || !Parser.onlyShould(any)) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(Math.max(1, any.clauses().size() - 1));
    any.clauses().forEach(b::add);
    return b.build();
  }

  private Query parseWith(Analyzer analyzer, String text, FoldedForms foldedForms) throws QuerySyntaxException {
    Parser parser = new Parser(analyzer, foldedForms, ranking);
    try {
      Query query = parser.parse(text);
      return query == null ? MatchNoDocsQuery.INSTANCE : query;
    } catch (ParseException e) {
      throw parser.fieldProblem != null ? parser.fieldProblem : explain(e, text);
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex();
    } catch (IllegalArgumentException e) { // e.g. an invalid regular expression
      throw new QuerySyntaxException("The query cannot be read (" + firstLine(e.getMessage()) + ").",
          "Frågan går inte att läsa (" + firstLine(e.getMessage()) + ").");
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyParts();
    }
  }

  /** Unbalanced quotes and parentheses are the commonest slips; name them plainly. */
  private static void checkBalanced(String text) throws QuerySyntaxException {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        if (++depth > MAX_NESTING) {
          // The parser recurses per level: thousands of '(' would overflow its stack.
          throw new QuerySyntaxException("The query nests parentheses too deeply (at most " + MAX_NESTING + " levels).",
              "Frågan har parenteser i för många nivåer (högst " + MAX_NESTING + ").");
        }
      } else if (!quoted && c == ')' && --depth < 0) {
        throw new QuerySyntaxException("A ')' at position " + (i + 1) + " has no matching '('.",
            "En ')' på plats " + (i + 1) + " saknar sin '('.");
      }
    }
    if (quoted) {
      throw new QuerySyntaxException("A quotation mark is not closed: end the phrase with \".",
          "Ett citattecken är inte stängt: avsluta frasen med \".");
    } else if (depth > 0) {
      throw new QuerySyntaxException("A '(' is not closed: add ')' or remove the '('.",
          "En '(' är inte stängd: lägg till ')' eller ta bort '('.");
    }
  }

  private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("column (\\d+)");

  /** What to fix, in a sentence: never the parser's own words ("Encountered: '45' (45)"). */
  private static QuerySyntaxException explain(ParseException e, String text) {
    String message = firstLine(e.getMessage());
    java.util.regex.Matcher column = COLUMN.matcher(message);
    boolean located = column.find();
    if (message.contains("not allowed as first character")) {
      return new QuerySyntaxException("A word cannot start with * or ?: write at least one letter first (skol*).",
          "Ett ord kan inte börja med * eller ?: skriv minst en bokstav först (skol*).");
    }
    if (message.contains("<EOF>")) {
      return new QuerySyntaxException("The query ends too early: an operator (AND, OR, NOT, +, -) needs a word after it.",
          "Frågan slutar för tidigt: en operator (AND, OR, NOT, +, -) behöver ett ord efter sig.");
    }
    String near = "";
    if (located) {
      int at = Math.min(Integer.parseInt(column.group(1)), Math.max(0, text.length() - 1));
      near = text.isEmpty() ? "" : text.substring(Math.max(0, at - 1), Math.min(text.length(), at + 2)).strip();
    }
    return new QuerySyntaxException(
        "The query cannot be understood" + (near.isEmpty() ? "" : " near \u201c" + near + "\u201d")
            + ": put special characters (^ ~ : [ ] { } / \\) inside quotes to search for them, or leave them out.",
        "Frågan går inte att tolka" + (near.isEmpty() ? "" : " vid \u201d" + near + "\u201d")
            + ": sätt specialtecken (^ ~ : [ ] { } / \\) inom citattecken för att söka efter dem, eller ta bort dem.");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
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

  /**
   * A term that counts in the ranking but is not shown to the highlighter: the word it stands
   * beside is marked already, and reading the same offsets from a second field cost a tenth of the
   * time of a search with snippets.
   */
  private static final class RankingOnlyTermQuery extends TermQuery {
    RankingOnlyTermQuery(Term term) {
      super(term);
    }

    @Override
    public void visit(QueryVisitor visitor) {}
  }

  /** The classic parser with users' field names mapped, and exact fields matched exactly. */
  private static final class Parser extends MultiFieldQueryParser {
    /** A mistake the parser's callbacks found, in both languages; thrown in place of Lucene's words. */
    QuerySyntaxException fieldProblem;

    /** Records a mistake and stops the parse (Lucene's parser takes only its own exception). */
    private <T> T problem(String english, String swedish) throws ParseException {
      fieldProblem = new QuerySyntaxException(english, swedish);
      throw new ParseException(english);
    }
    private int patterns;
    private final FoldedForms foldedForms;
    private final Ranking ranking;
    /** Where plain words are looked for, and how much a match there counts. */
    private final Map<String, Float> weights;

    Parser(Analyzer analyzer, FoldedForms foldedForms, Ranking ranking) {
      this(analyzer, foldedForms, ranking, ranking.fieldWeights());
    }

    private Parser(Analyzer analyzer, FoldedForms foldedForms, Ranking ranking, Map<String, Float> weights) {
      super(weights.keySet().toArray(String[]::new), analyzer, weights);
      this.foldedForms = foldedForms;
      this.ranking = ranking;
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
      String field = FIELD_NAMES.get(name.toLowerCase(Locale.ROOT));
      if (field == null) {
        String fields = String.join(", ", FIELD_NAMES.keySet().stream().sorted().toList());
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
      Query query = withCompounds(super.getFieldQuery(field, text, quoted));
      if (field != null || query == null) {
        return query;
      }
      return withExactForm(typedWithSwedishLetters ? withoutFolded(query) : query, text, !typedWithSwedishLetters);
    }

    /**
     * The word's field clauses without those on the folded copies, which are for words typed
     * without å, ä, ö: a word typed with them is found in the text as typed, and looking
     * it up folded too cost a tenth of a search with snippets (on the dev set it found one compound
     * document in a thousand more).
     */
    private static Query withoutFolded(Query query) {
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

    private static boolean onlyShould(BooleanQuery query) {
      return query.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
    }

    /**
     * A plain word also counts where it stands in the very form typed: "domen" finds every form of
     * "dom", and documents that say "domen" come first. Added to the word's own clauses, so it
     * changes the ranking, never which documents match (the exact form implies the stem). A word
     * typed without å, ä, ö is also looked up among the folded forms ({@link #withFoldedForms}).
     */
    private Query withExactForm(Query query, String text, boolean alsoFolded) throws ParseException {
      if (!(super.getFieldQuery(Fields.TEXT_EXACT, text, false) instanceof TermQuery exact)) {
        return query; // several words in one ("EU-medlemskap"): they stay a phrase
      }
      Query weighted = new BoostQuery(new RankingOnlyTermQuery(exact.getTerm()), ranking.exactForm());
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
        b.add(new BoostQuery(new RankingOnlyTermQuery(new Term(Fields.TEXT_FOLDED, marked)), ranking.exactForm()), BooleanClause.Occur.SHOULD);
      }
      for (BooleanClause clause : fields.clauses()) {
        stems.remove(termOn(clause, Fields.TEXT_FOLDED)); // the folded stem the word itself was stemmed to
      }
      for (String stem : stems) {
        b.add(new BoostQuery(withCompounds(new TermQuery(new Term(Fields.TEXT_FOLDED, stem))), weights.get(Fields.TEXT_FOLDED)),
            BooleanClause.Occur.SHOULD);
      }
    }

    /**
     * A word looked for in the text, or in its folded copy, is also looked for as the head of a
     * compound. The multi-field parser builds the per-field queries without calling back, so they
     * are found here: the field's term alone or among the fields' clauses.
     */
    private Query withCompounds(Query query) {
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

    /** Fields holding codes, ids and dates are matched as values, not analysed as Swedish text. */
    private Optional<Query> exactFieldQuery(String field, String text) throws ParseException {
      if (field == null) {
        return Optional.empty();
      }
      String value = text.strip();
      return switch (field) {
        case Fields.PARTY -> Optional.of(new TermQuery(new Term(Fields.PARTY_KEY, Person.partyKey(value))));
        case Fields.ID -> Optional.of(new TermQuery(new Term(Fields.ID, value)));
        case Fields.REFERENCE_KEY ->
            Optional.of(new TermQuery(new Term(Fields.REFERENCE_KEY, DocumentMapper.referenceKey(value))));
        case Fields.KIND -> {
          Kind kind = Kind.parse(value).orElse(null);
          if (kind == null) {
            yield problem("Unknown kind '" + value + "'. Kinds: " + Kind.codes() + ".",
                "Okänd typ '" + value + "'. Typer: " + Kind.codes() + ".");
          }
          yield Optional.of(new TermQuery(new Term(Fields.KIND, kind.code())));
        }
        case Fields.DATE -> {
          LocalDate from = Dates.parseFrom(value);
          LocalDate to = Dates.parseTo(value);
          if (from == null || to == null) {
            yield problem("A year is written year:2023 (or a date, year:2023-05-17).",
                "Ett år skrivs år:2023 (eller ett datum, år:2023-05-17).");
          }
          yield Optional.of(LongField.newRangeQuery(Fields.DATE, from.toEpochDay(), to.toEpochDay()));
        }
        default -> Optional.empty();
      };
    }
  }
}
