package se.debattsok.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import se.debattsok.render.ResultJson;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchService;

/** {@code POST /api/search/batch}: many searches in one request, answered as a streamed JSON array. */
final class BatchEndpoint {
  static final int MAX_BATCH = 1_000;
  /** A batch's time in all: at 0.7 s a query at most, a full batch of hard queries would hold a thread for minutes. */
  static final Duration BATCH_TIME_LIMIT = Duration.ofSeconds(60);

  private final SearchService service;
  private final ObjectMapper json;

  BatchEndpoint(SearchService service, ObjectMapper json) {
    this.service = service;
    this.json = json;
  }

  /**
   * Up to {@value #MAX_BATCH} searches in one request: a JSON array of query strings or of {"qid",
   * "q"} objects; filters, sort and size come from the query string as for /api/search. The answer
   * is an array in the same order, each element as a line of {@code debattsok bulk}.
   */
  void handle(Context ctx) throws IOException {
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new BadRequestException("Kroppen är ingen giltig JSON: skicka en lista av frågor, t.ex. [\"skola\", \"vård\"].");
    }
    if (body == null || !body.isArray() || body.isEmpty() || body.size() > MAX_BATCH) {
      throw new BadRequestException("Skicka en JSON-lista med 1 till " + MAX_BATCH + " frågor.");
    }
    List<BatchSearcher.Query> queries = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      JsonNode item = body.get(i);
      if (item.isTextual()) {
        queries.add(new BatchSearcher.Query(Integer.toString(i + 1), item.asText()));
      } else if (item.isObject() && item.path("q").isTextual()) {
        String qid = item.path("qid").isValueNode() ? item.path("qid").asText() : Integer.toString(i + 1);
        queries.add(new BatchSearcher.Query(qid, item.path("q").asText()));
      } else {
        throw new BadRequestException("Fråga " + (i + 1) + " är varken en text eller {\"qid\", \"q\"}.");
      }
    }
    SearchParams params = SearchParams.from(ctx);
    SearchRequest template = params.request();
    // Streamed, element by element: eight batches of 1,000 queries with 100 hits each had held 45 MB
    // answers in memory at once. A batch has BATCH_TIME_LIMIT in all; queries it leaves unasked are
    // answered with an error, in order, so that the array keeps one element per query.
    long deadline = System.nanoTime() + BATCH_TIME_LIMIT.toNanos();
    int[] next = {0};
    Iterator<BatchSearcher.Query> asked = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return next[0] < queries.size() && System.nanoTime() < deadline;
      }

      @Override
      public BatchSearcher.Query next() {
        return queries.get(next[0]++);
      }
    };
    ctx.status(HttpStatus.OK).contentType("application/json; charset=utf-8");
    try (JsonGenerator out = json.getFactory().createGenerator(ctx.outputStream())) {
      out.writeStartArray();
      // One request's searches run one after another: concurrency comes from concurrent requests.
      new BatchSearcher(service, 1).run(asked, template, outcome -> ResultJson.outcome(outcome, outcome.mistake() == null ? null : outcome.mistake().swedish()), line -> {
        try {
          out.writeObject(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e); // the client went away
        }
      });
      for (int i = next[0]; i < queries.size(); i++) {
        out.writeStartObject();
        out.writeStringField("qid", queries.get(i).qid());
        out.writeStringField("query", queries.get(i).text());
        out.writeStringField("error", "Satsens tid (" + BATCH_TIME_LIMIT.toSeconds() + " s) tog slut innan frågan ställdes.");
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }

}
