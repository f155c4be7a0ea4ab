package se.debattsok.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.Facet;
import se.debattsok.search.MarkedText;
import se.debattsok.search.SearchResult;

/**
 * The JSON of a search result, as {@code search --json}, {@code bulk}, {@code /api/search} and the
 * batch API give it: the result's fields, those that do not apply left out, and each snippet as
 * HTML-escaped text whose only markup is {@code <mark>…</mark>} around the hits.
 */
public final class ResultJson {
  private ResultJson() {}

  /** A mapper that writes search results in this shape; like any ObjectMapper, safe to share. */
  public static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("debattsok-results");
    module.addSerializer(MarkedText.class, new JsonSerializer<>() {
      @Override
      public void serialize(MarkedText value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(MarkedHtml.of(value));
      }
    });
    module.addKeySerializer(Facet.class, new JsonSerializer<>() {
      @Override
      public void serialize(Facet value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeFieldName(value.key());
      }
    });
    module.setMixInAnnotation(SearchResult.class, ResultFields.class);
    module.setMixInAnnotation(SearchResult.Hit.class, HitFields.class);
    module.setMixInAnnotation(SearchResult.Group.class, GroupFields.class);
    return new ObjectMapper().registerModule(module);
  }

  /**
   * One query of a batch: the result with "qid" first, or qid, query and what to fix. Written as
   * it is, not through a tree of nodes, which would serialize the result twice.
   */
  @JsonPropertyOrder({"qid", "query", "error"})
  public record Line(
      String qid,
      @JsonInclude(JsonInclude.Include.NON_NULL) String query,
      @JsonInclude(JsonInclude.Include.NON_NULL) String error,
      @JsonUnwrapped SearchResult result) {}

  /**
   * @param error the mistake as this front end says it (English on the command line, Swedish in
   *     the API); null when there is a result
   */
  public static Line outcome(BatchSearcher.Outcome outcome, String error) {
    return error != null
        ? new Line(outcome.query().qid(), outcome.query().text(), error, null)
        : new Line(outcome.query().qid(), null, null, outcome.result());
  }

  /** Which of a result's fields are left out when they do not apply. */
  private abstract static class ResultFields {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract Map<Facet, List<SearchResult.FacetCount>> facets();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String suggestion();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Boolean suggestionApplied();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Boolean relaxed();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Boolean partial();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<SearchResult.Group> groups();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract SearchResult.Trend trend();
  }

  private abstract static class HitFields {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract SearchResult.HitDebate debate();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String sameTextAs();

    @JsonIgnore // the JSON keeps its shape: the title as text
    abstract MarkedText markedTitle();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract SearchResult.HitThread thread();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String link();
  }

  /** A group is a debate's or a thread's: the other id is left out. */
  private abstract static class GroupFields {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String debateId();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String threadId();
  }
}
