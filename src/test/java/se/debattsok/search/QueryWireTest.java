package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.solr.common.util.Utils;
import org.junit.jupiter.api.Test;
import se.debattsok.index.Fields;
import se.debattsok.model.Kind;

/**
 * Every query the planner makes, and every filter, can be sent to Solr whole: the JSON tree names
 * each term the query searches, with the weights Lucene does not give back.
 */
class QueryWireTest {
  private static final UserQueryParser PARSER = new UserQueryParser(Fields.queryAnalyzer(), Fields.indexAnalyzer(), Ranking.DEFAULT);
  private static final QueryWire WIRE = new QueryWire(Ranking.DEFAULT);
  /** A few words with å, ä, ö behind words typed without them, as an index would give them. */
  private static final FoldedForms FORMS = new FoldedForms() {
    @Override
    public List<String> startingWith(String prefix) {
      return prefix.startsWith("aldreomsorg") ? List.of(prefix + "äldreomsorg") : List.of();
    }
  };

  @Test
  void everyKindOfQueryIsSentWithAllItsTerms() throws Exception {
    List<String> queries = List.of("skolsegregation", "Fokus Järva", "\"inte gjort något\"", "aldreomsorg",
        "segregaton~", "segregation~1", "vård*", "sk?la", "/vård.*/", "skola OR förskola", "pension -bostäder",
        "(skola OR vård) AND polisen", "talare:Bjuggren år:2024 segregation", "titel:järnväg", "dnr:\"KS 2024/142\"",
        "parti:S,M sjukvård", "typ:interpellation vård", "till:statsrådet", "deltagare:Åkesson", "=skolan",
        "år:2022 pension", "id:ipq-202122--0031", "person:\"Lena Hallengren\"", "Skolsegregation i Malmö och Stockholm");
    for (String typed : queries) {
      Query query = PARSER.parse(typed, FORMS);
      assertThat(query).as(typed).isNotNull();
      Map<String, Object> tree = WIRE.of(query);
      String json = Utils.toJSONString(tree);
      for (Term term : terms(query)) {
        assertThat(json).as(typed + ": " + term).contains(Utils.toJSONString(term.text()));
      }
    }
    assertThat(Utils.toJSONString(WIRE.of(PARSER.parseAllButOne("skola vård polisen", FORMS)))).contains("\"m\":2");
  }

  @Test
  void aCompoundsHeadKeepsItsWeight() throws Exception {
    String json = Utils.toJSONString(WIRE.of(PARSER.parse("segregation", FoldedForms.NONE)));
    assertThat(json.replaceAll("\\s", "")).contains("\"t\":\"syn\"").contains(Float.toString(Ranking.DEFAULT.compoundHead()));
  }

  @Test
  void everyFilterIsSent() throws Exception {
    Filters all = new Filters(List.of("S", "mp"), List.of("M"), List.of("S"), "Lena Hallengren", List.of(Kind.INTERPELLATION),
        List.of("Riksdagen"), LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
    for (var filter : FilterQueries.of(all).entrySet()) {
      assertThat(Utils.toJSONString(WIRE.of(filter.getValue()))).as(filter.getKey().name()).doesNotContain("null");
    }
    assertThat(Utils.toJSONString(WIRE.of(FilterQueries.of(all).get(Facet.YEAR))).replaceAll("\\s", ""))
        .contains("\"t\":\"longs\"", "\"lo\":" + LocalDate.of(2020, 1, 1).toEpochDay(), "\"hi\":" + LocalDate.of(2022, 12, 31).toEpochDay());
  }

  @Test
  void aQueryOfAnotherKindIsRefusedInWords() {
    Query unknown = new Query() {
      @Override
      public String toString(String field) {
        return "unknown";
      }

      @Override
      public void visit(QueryVisitor visitor) {}

      @Override
      public boolean equals(Object other) {
        return other == this;
      }

      @Override
      public int hashCode() {
        return 1;
      }
    };
    assertThatThrownBy(() -> WIRE.of(unknown)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Solr");
  }

  private static Set<Term> terms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    return terms;
  }
}
