package se.debattsok.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.debattsok.TestData;
import se.debattsok.index.Fields;

/**
 * The Solr configset's analyzers (src/main/resources/solr/configset/schema.xml, built from the
 * factories by name, as Solr builds them) emit what the engine's own analyzers emit, field by field,
 * at index and at query time: the same terms, positions and offsets on real text.
 */
class SchemaChainsTest {

  private static final String SCHEMA = "/solr/configset/schema.xml";

  @Test
  void everyTextFieldOfTheSchemaAnalysesAsTheEngineDoes() throws Exception {
    Map<String, Element> types = new HashMap<>();
    Map<String, String> fieldTypes = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream(SCHEMA)) {
      org.w3c.dom.Document schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      NodeList list = schema.getElementsByTagName("fieldType");
      for (int i = 0; i < list.getLength(); i++) {
        Element type = (Element) list.item(i);
        types.put(type.getAttribute("name"), type);
      }
      NodeList fields = schema.getElementsByTagName("field");
      for (int i = 0; i < fields.getLength(); i++) {
        Element field = (Element) fields.item(i);
        if (types.get(field.getAttribute("type")).getAttribute("class").equals("solr.TextField")) {
          fieldTypes.put(field.getAttribute("name"), field.getAttribute("type"));
        }
      }
    }
    assertThat(fieldTypes.keySet()).contains(Fields.TEXT, Fields.TEXT_EXACT, Fields.TEXT_FOLDED, Fields.TITLE,
        Fields.TITLE_FOLDED, Fields.PERSON, Fields.PARTICIPANT, Fields.ADDRESSEE);

    List<String> texts = new ArrayList<>(Files.readString(TestData.STOCKHOLM, StandardCharsets.UTF_8).lines()
        .filter(line -> !line.isBlank()).limit(40).toList());
    texts.add("Skolsegregationen och äldreomsorgen i Malmö; Björklunds svar om maktövergrepp, inte gjort något.");
    Analyzer engineIndex = Fields.indexAnalyzer();
    Analyzer engineQuery = Fields.queryAnalyzer();
    for (var field : fieldTypes.entrySet()) {
      Element type = types.get(field.getValue());
      try (Analyzer solrIndex = analyzer(type, "index"); Analyzer solrQuery = analyzer(type, "query")) {
        for (String text : texts) {
          assertThat(tokens(solrIndex, field.getKey(), text)).as("index-time %s: %s", field.getKey(), text)
              .isEqualTo(tokens(engineIndex, field.getKey(), text));
          assertThat(tokens(solrQuery, field.getKey(), text)).as("query-time %s: %s", field.getKey(), text)
              .isEqualTo(tokens(engineQuery, field.getKey(), text));
        }
        assertThat(solrIndex.getPositionIncrementGap(field.getKey()))
            .isEqualTo(engineIndex.getPositionIncrementGap(field.getKey()));
      }
    }
  }

  /** The analyzer of that type ("index" or "query"; one without a type serves both), by SPI names. */
  private static Analyzer analyzer(Element type, String which) throws IOException {
    NodeList analyzers = type.getElementsByTagName("analyzer");
    Element chosen = null;
    for (int i = 0; i < analyzers.getLength(); i++) {
      Element analyzer = (Element) analyzers.item(i);
      if (analyzer.getAttribute("type").isEmpty() || analyzer.getAttribute("type").equals(which)) {
        chosen = analyzer;
      }
    }
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
        .withPositionIncrementGap(Integer.parseInt(type.getAttribute("positionIncrementGap")));
    Element tokenizer = (Element) chosen.getElementsByTagName("tokenizer").item(0);
    builder.withTokenizer(tokenizer.getAttribute("name"));
    NodeList filters = chosen.getElementsByTagName("filter");
    for (int i = 0; i < filters.getLength(); i++) {
      Element filter = (Element) filters.item(i);
      Map<String, String> params = new HashMap<>();
      for (int a = 0; a < filter.getAttributes().getLength(); a++) {
        var attribute = filter.getAttributes().item(a);
        if (!attribute.getNodeName().equals("name")) {
          params.put(attribute.getNodeName(), attribute.getNodeValue());
        }
      }
      builder.addTokenFilter(filter.getAttribute("name"), params);
    }
    return builder.build();
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute step = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "/" + step.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return out;
  }
}
