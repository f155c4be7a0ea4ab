package se.debattsok.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.debattsok.model.Document;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.Filters;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
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
  private final ObjectMapper json = new ObjectMapper();
  private final byte[] openApi;
  static final int MAX_BATCH = 1_000;

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
      config.routes.get("/", this::searchPage);
      config.routes.get("/doc/<id>", this::documentPage);
      config.routes.get("/person/{key}", this::personPage);
      config.routes.get("/api/search", this::apiSearch);
      config.routes.post("/api/search/batch", this::apiBatch);
      config.routes.get("/api/documents/<id>", this::apiDocument);
      config.routes.get("/api/health", ctx -> json(ctx, HttpStatus.OK, Map.of("status", "ok", "documents", service.documentCount())));
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

      config.routes.exception(BadRequestException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel hos oss. Försök igen om en stund.");
      });
      config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, HttpStatus.NOT_FOUND, "Sidan finns inte.");
        }
      });
    });
  }

  private void searchPage(Context ctx) throws IOException {
    SearchParams params = SearchParams.from(ctx);
    Links links = new Links(ctx.queryParamMap());
    if (params.query().isEmpty()) {
      ctx.html(views.render("search", views.searchPage(params, links, null, null)));
      return;
    }
    try {
      SearchResult result = service.search(params.request(true, true));
      ctx.html(views.render("search", views.searchPage(params, links, result, null)));
    } catch (QuerySyntaxException e) {
      ctx.status(HttpStatus.BAD_REQUEST).html(views.render("search", views.searchPage(params, links, null, e.getMessage())));
    }
  }

  private void documentPage(Context ctx) throws Exception {
    String query = ctx.queryParam("q");
    SearchService.MarkedDocument marked;
    try {
      marked = service.document(ctx.pathParam("id"), query).orElse(null);
    } catch (QuerySyntaxException e) {
      marked = service.document(ctx.pathParam("id"), null).orElse(null); // show it unmarked
    }
    if (marked == null) {
      error(ctx, HttpStatus.NOT_FOUND, "Dokumentet finns inte i sökindexet.");
      return;
    }
    Map<String, Object> model = views.documentPage(marked, query, new Links(ctx.queryParamMap()).current());
    model.put("copies", views.copies(service.copies(marked.document().id()), query));
    var debate = marked.document().debate();
    if (debate != null) {
      model.putAll(views.debate(debate, marked.document().id(), service.debate(debate.id()), query));
    }
    ctx.html(views.render("document", model));
  }

  private void personPage(Context ctx) throws IOException {
    var person = service.person(ctx.pathParam("key")).orElse(null);
    if (person == null) {
      error(ctx, HttpStatus.NOT_FOUND, "Personen finns inte i sökindexet.");
      return;
    }
    ctx.html(views.render("person", views.personPage(person)));
  }

  private void apiSearch(Context ctx) throws IOException {
    SearchParams params = SearchParams.from(ctx);
    if (params.query().isEmpty()) {
      throw new BadRequestException("Parametern q saknas: skriv vad du söker efter.");
    }
    try {
      json(ctx, HttpStatus.OK, service.search(params.request(true, params.trend())));
    } catch (QuerySyntaxException e) {
      json(ctx, HttpStatus.BAD_REQUEST, Map.of("error", e.getMessage()));
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
    SearchRequest template = params.request(false, params.trend());
    ArrayNode results = json.createArrayNode();
    // One request's searches run one after another: concurrency comes from concurrent requests.
    new BatchSearcher(service, 1).run(queries.iterator(), template, outcome -> results.add(outcome.toJson(json)));
    json(ctx, HttpStatus.OK, results);
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
      ctx.status(HttpStatus.BAD_REQUEST).html(views.render("search", views.searchPage(empty, new Links(Map.of()), null, message)));
    }
  }

  private void error(Context ctx, HttpStatus status, String message) {
    if (isApi(ctx)) {
      json(ctx, status, Map.of("error", message));
    } else {
      ctx.status(status).html(views.render("error", Map.of("title", status.getCode() + " – Debattsök", "message", message)));
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
