package se.debattsok.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.debattsok.model.Document;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.Filters;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.render.ResultJson;
import se.debattsok.search.MarkedDocument;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;
import se.debattsok.search.SortOrder;

/**
 * The web front end: a search page, a document page and a JSON API over one {@link SearchService}.
 * {@link #create} builds the app without starting it, so tests start it on a free port.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  /** No inline script or style, nothing from elsewhere: injected markup could not run. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
          + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final SearchService service;
  private final Views views = new Views();
  private final ObjectMapper json = ResultJson.mapper();
  private final byte[] openApi;
  static final int MAX_BATCH = 1_000;
  /** A batch's time in all: at 0.7 s a query at most, a full batch of hard queries would hold a thread for minutes. */
  static final java.time.Duration BATCH_TIME_LIMIT = java.time.Duration.ofSeconds(60);
  static final int MAX_REQUEST_HEADER_BYTES = 128 * 1024;
  static final long MAX_BODY_BYTES = 2L << 20;

  private WebApp(SearchService service) {
    this.service = service;
    try (InputStream in = WebApp.class.getResourceAsStream("/api/openapi.json")) {
      openApi = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the OpenAPI description is missing from the build", e);
    }
  }

  public static Javalin create(SearchService service) {
    return new WebApp(service).build();
  }

  private Javalin build() {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.prefer405over404 = true; // a known path asked with another method: 405, as HTTP says
      config.http.maxRequestSize = MAX_BODY_BYTES; // a batch's JSON body
      // A query of the documented 10,000 characters, each sent as up to nine bytes (%E2%80%94), fits
      // in a GET request; Jetty's default of 8 KB answered 414.
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        http.setSendServerVersion(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
      });
      get(config, "/", this::searchPage);
      get(config, "/doc/<id>", this::documentPage);
      get(config, "/person/{key}", this::personPage);
      get(config, "/api/search", this::apiSearch);
      config.routes.post("/api/search/batch", this::apiBatch);
      get(config, "/api/documents/<id>", this::apiDocument);
      get(config, "/api/health", this::health);
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

      config.routes.exception(BadRequestException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel hos oss. Försök igen om en stund.");
      });
      config.routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> error(ctx, HttpStatus.METHOD_NOT_ALLOWED,
          ServerErrors.message(HttpStatus.METHOD_NOT_ALLOWED.getCode())));
      config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, HttpStatus.NOT_FOUND, "Sidan finns inte.");
        }
      });
    });
  }

  /** A page or API answer for GET, and the same head for HEAD (Jetty leaves out the body). */
  private static void get(io.javalin.config.JavalinConfig config, String path, io.javalin.http.Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }

  /**
   * "ok", or "corrupt" (HTTP 503) once the background check of the index found a checksum that does
   * not match, with what to do about it.
   */
  private void health(Context ctx) throws IOException {
    String damage = service.damage();
    if (damage == null) {
      json(ctx, HttpStatus.OK, Map.of("status", "ok", "documents", service.documentCount()));
    } else {
      json(ctx, HttpStatus.SERVICE_UNAVAILABLE, Map.of("status", "corrupt", "problem", "the index is damaged (" + damage + ")",
          "fix", "run 'debattsok index' to build the index anew; searches answer meanwhile, perhaps wrongly"));
    }
  }

  private void searchPage(Context ctx) throws IOException {
    SearchParams params = SearchParams.from(ctx);
    Links links = new Links(ctx.queryParamMap());
    if (params.query().isEmpty()) {
      ctx.html(views.render("search", SearchPage.of(params, links, null, null)));
      return;
    }
    try {
      SearchResult result = service.search(params.request().withFacets().withTrend());
      ctx.html(views.render("search", SearchPage.of(params, links, result, null)));
    } catch (QuerySyntaxException e) {
      ctx.status(HttpStatus.BAD_REQUEST).html(views.render("search", SearchPage.of(params, links, null, e.swedish())));
    }
  }

  private void documentPage(Context ctx) throws Exception {
    String query = ctx.queryParam("q");
    MarkedDocument marked;
    try {
      marked = service.document(ctx.pathParam("id"), query).orElse(null);
    } catch (QuerySyntaxException e) {
      marked = service.document(ctx.pathParam("id"), null).orElse(null); // show it unmarked
    }
    if (marked == null) {
      error(ctx, HttpStatus.NOT_FOUND, "Dokumentet finns inte i sökindexet.");
      return;
    }
    var debate = marked.document().debate();
    ctx.html(views.render("document", DocumentPage.of(marked, query, new Links(ctx.queryParamMap()).current(),
        service.copies(marked.document().id()), debate == null ? List.of() : service.debate(debate.id()))));
  }

  private void personPage(Context ctx) throws IOException {
    var person = service.person(ctx.pathParam("key")).orElse(null);
    if (person == null) {
      error(ctx, HttpStatus.NOT_FOUND, "Personen finns inte i sökindexet.");
      return;
    }
    ctx.html(views.render("person", PersonPage.of(person)));
  }

  private void apiSearch(Context ctx) throws IOException {
    SearchParams params = SearchParams.from(ctx);
    if (params.query().isEmpty()) {
      throw new BadRequestException("Parametern q saknas: skriv vad du söker efter.");
    }
    try {
      json(ctx, HttpStatus.OK, service.search(params.request().withFacets()));
    } catch (QuerySyntaxException e) {
      json(ctx, HttpStatus.BAD_REQUEST, Map.of("error", e.swedish()));
    }
  }

  /**
   * Up to {@value #MAX_BATCH} searches in one request: a JSON array of query strings or of {"qid",
   * "q"} objects; filters, sort and size come from the query string as for /api/search. The answer
   * is an array in the same order, each element as a line of {@code debattsok bulk}.
   */
  private void apiBatch(Context ctx) throws IOException {
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
      new BatchSearcher(service, 1).run(asked, template, outcome -> ResultJson.outcome(json, outcome, outcome.mistake() == null ? null : outcome.mistake().swedish()), node -> {
        try {
          out.writeTree(node);
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

  private void apiDocument(Context ctx) throws IOException {
    Document doc = service.document(ctx.pathParam("id")).orElse(null);
    if (doc == null) {
      json(ctx, HttpStatus.NOT_FOUND, Map.of("error", "Dokumentet finns inte: " + ctx.pathParam("id")));
      return;
    }
    // The record as users see it; the source file's path on the server is not theirs to know.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", doc.id());
    body.put("title", doc.title());
    body.put("kind", doc.kind().code());
    body.put("date", doc.date() == null ? null : doc.date().toString());
    body.put("assembly", doc.assembly());
    body.put("reference", doc.reference());
    body.put("people", doc.people().stream().map(SearchResult.HitPerson::of).toList());
    body.put("addressee", doc.addressee());
    if (doc.debate() != null) {
      body.put("debate", SearchResult.HitDebate.of(doc.debate()));
    }
    body.put("paragraphs", doc.paragraphs());
    body.put("copies", service.copies(doc.id()));
    json(ctx, HttpStatus.OK, body);
  }

  private void badRequest(Context ctx, String message) {
    if (isApi(ctx)) {
      json(ctx, HttpStatus.BAD_REQUEST, Map.of("error", message));
    } else {
      SearchParams empty = new SearchParams(ctx.queryParam("q") == null ? "" : ctx.queryParam("q"),
          Filters.NONE, SortOrder.RELEVANCE, 1, SearchParams.DEFAULT_SIZE, true, false, false);
      ctx.status(HttpStatus.BAD_REQUEST).html(views.render("search", SearchPage.of(empty, new Links(Map.of()), null, message)));
    }
  }

  private void error(Context ctx, HttpStatus status, String message) {
    if (isApi(ctx)) {
      json(ctx, status, Map.of("error", message));
    } else {
      ctx.status(status).html(views.render("error", new ErrorPage(status.getCode() + " – Debattsök", message)));
    }
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  private void json(Context ctx, HttpStatus status, Object body) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
