package se.debattsok.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.index.Fields;
import se.debattsok.model.Person;

/** The Lucene queries for {@link Filters}, keyed by the facet dimension each one narrows. */
final class FilterQueries {
  private static final QueryBuilder NAMES = new QueryBuilder(SwedishAnalysis.names());

  private FilterQueries() {}

  static Map<Facet, Query> of(Filters filters) throws QuerySyntaxException {
    Map<Facet, Query> queries = new LinkedHashMap<>();
    if (!filters.parties().isEmpty()) {
      queries.put(Facet.PARTY, anyOf(Fields.PARTY_KEY, filters.parties(), Person::partyKey));
    }
    if (!filters.raisedBy().isEmpty()) {
      queries.put(Facet.RAISED_BY, anyOf(Fields.PARTY_RAISED_KEY, filters.raisedBy(), Person::partyKey));
    }
    if (!filters.answeredBy().isEmpty()) {
      queries.put(Facet.ANSWERED_BY, anyOf(Fields.PARTY_ANSWERED_KEY, filters.answeredBy(), Person::partyKey));
    }
    if (!filters.kinds().isEmpty()) {
      queries.put(Facet.KIND, anyOf(Fields.KIND, filters.kinds(), k -> k.code()));
    }
    if (!filters.assemblies().isEmpty()) {
      queries.put(Facet.ASSEMBLY, anyOf(Fields.ASSEMBLY, filters.assemblies(), String::strip));
    }
    if (filters.speaker() != null) {
      Query name = NAMES.createPhraseQuery(Fields.PERSON, filters.speaker());
      if (name == null) {
        throw new QuerySyntaxException("The speaker filter needs a name.", "Talarfiltret behöver ett namn.");
      }
      queries.put(Facet.PERSON, name);
    }
    if (filters.from() != null || filters.to() != null) {
      long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
      long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
      queries.put(Facet.YEAR, LongField.newRangeQuery(Fields.DATE, from, to));
    }
    return queries;
  }

  /** The filters and, where a search is only among some documents, their ids. */
  static Collection<Query> withIds(Collection<Query> filters, Set<String> ids) {
    if (ids == null) {
      return filters;
    }
    List<Query> all = new ArrayList<>(filters);
    all.add(new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList()));
    return all;
  }

  /** The user's query narrowed by filters, which match or not but do not change the scores. */
  static Query narrow(Query userQuery, Collection<Query> filters) {
    if (filters.isEmpty()) {
      return userQuery;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
    filters.forEach(f -> b.add(f, Occur.FILTER));
    return b.build();
  }

  private static <T> Query anyOf(String field, List<T> values, Function<T, String> term) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, term.apply(v))), Occur.SHOULD));
    return any.build();
  }
}
