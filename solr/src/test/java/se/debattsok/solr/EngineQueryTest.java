package se.debattsok.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

/** The engine's query trees become the Lucene queries they describe; anything else is a bad request. */
class EngineQueryTest {

  @Test
  void eachKindOfNodeBecomesItsQuery() {
    assertThat(EngineQuery.parse("""
        {"t":"bool","m":1,"c":[
          {"o":"MUST","q":{"t":"boost","b":1.5,"q":{"t":"term","f":"person","v":"akesson"}}},
          {"o":"SHOULD","q":{"t":"syn","f":"text","v":[">segregation","segregation"],"w":[0.1,1.0]}},
          {"o":"SHOULD","q":{"t":"const","q":{"t":"phrase","f":"text_exact","v":["inte","gjort"],"p":[0,1],"s":0}}},
          {"o":"MUST_NOT","q":{"t":"fuzzy","f":"text_exact","v":"segregaton","e":2,"pl":0,"tr":true}},
          {"o":"FILTER","q":{"t":"longs","f":"date","lo":19000,"hi":19500}}]}""").toString())
        .isEqualTo("(+(person:akesson)^1.5 Synonym(text:>segregation^0.1 text:segregation)"
            + " ConstantScore(text_exact:\"inte gjort\") -text_exact:segregaton~2 #date:[19000 TO 19500])~1");
    assertThat(EngineQuery.parse("{\"t\":\"multiphrase\",\"f\":\"text\",\"v\":[[\"skol\",\"skola\"],[\"val\"]],\"p\":[0,1],\"s\":4}")
        .toString()).isEqualTo("text:\"(skol skola) val\"~4");
    assertThat(EngineQuery.parse("{\"t\":\"terms\",\"f\":\"id\",\"v\":[\"b\",\"a\"]}").toString()).isEqualTo("id:(a b)");
    assertThat(EngineQuery.parse("{\"t\":\"wildcard\",\"f\":\"text_exact\",\"v\":\"vård*\"}").toString())
        .isEqualTo("text_exact:vård*");
  }

  @Test
  void whatIsNoTreeOfTheEnginesIsABadRequest() {
    for (String bad : new String[] {"", "not json", "{\"t\":\"nonsense\"}", "{\"t\":\"term\",\"f\":3}", "[1,2]"}) {
      assertThatThrownBy(() -> EngineQuery.parse(bad)).as(bad).isInstanceOf(SolrException.class)
          .hasMessageStartingWith("{!debattsok}");
    }
  }
}
