package se.debattsok.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;

/** The fields users may name before a colon, in English or Swedish, and how a value is matched there. */
final class QueryFields {
  /** What users may write before a colon, and the index field it means. */
  static final Map<String, String> NAMES = fieldNames();

  private QueryFields() {}

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

  /** Fields holding codes, ids and dates are matched as values, not analysed as Swedish text. */
  static Optional<Query> exactFieldQuery(String field, String text) throws QuerySyntaxException {
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
          throw new QuerySyntaxException("Unknown kind '" + value + "'. Kinds: " + Kind.codes() + ".",
              "Okänd typ '" + value + "'. Typer: " + Kind.swedishWords() + ".");
        }
        yield Optional.of(new TermQuery(new Term(Fields.KIND, kind.code())));
      }
      case Fields.DATE -> {
        LocalDate from = Dates.parseFrom(value);
        LocalDate to = Dates.parseTo(value);
        if (from == null || to == null) {
          throw new QuerySyntaxException("A year is written year:2023 (or a date, year:2023-05-17).",
              "Ett år skrivs år:2023 (eller ett datum, år:2023-05-17).");
        }
        yield Optional.of(LongField.newRangeQuery(Fields.DATE, from.toEpochDay(), to.toEpochDay()));
      }
      default -> Optional.empty();
    };
  }
}
