package se.debattsok.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.debattsok.model.Document;
import se.debattsok.render.ResultJson;
import se.debattsok.search.Citation;
import se.debattsok.search.Facet;
import se.debattsok.search.Filters;
import se.debattsok.search.Grouping;
import se.debattsok.search.MarkedDocument;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;
import se.debattsok.search.SortOrder;
import se.debattsok.search.TypedSoFar;
import se.debattsok.watch.WatchStore;

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
  /**
   * One for all apps of the process: a mapper builds the serializer of each result type by
   * reflection the first time it writes one, so the server that listens finds those of the warm-up
   * server already built (docs/benchmark.md).
   */
  private static final ObjectMapper JSON = ResultJson.mapper();
  private final byte[] openApi;
  static final int MAX_REQUEST_HEADER_BYTES = 128 * 1024;
  static final long MAX_BODY_BYTES = 2L << 20;

  private final WatchPages watch;

  private WebApp(SearchService service, WatchStore watches) {
    this.service = service;
    this.watch = new WatchPages(service, watches, views);
    try (InputStream in = WebApp.class.getResourceAsStream("/api/openapi.json")) {
      openApi = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the OpenAPI description is missing from the build", e);
    }
  }

  public static Javalin create(SearchService service) {
    return new WebApp(service, null).build();
  }

  /** @param watches where saved searches are kept, or null for a server that keeps none */
  public static Javalin create(SearchService service, WatchStore watches) {
    return new WebApp(service, watches).build();
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
      get(config, "/original/<id>", this::original);
      get(config, "/person/{key}", this::personPage);
      config.routes.post("/watch", watch::save);
      get(config, "/feed/{name}", watch::feed);
      get(config, "/feed", watch::searchFeed);
      get(config, "/api/search", this::apiSearch);
      config.routes.post("/api/search/batch", new BatchEndpoint(service, JSON)::handle);
      get(config, "/api/search/export", new ExportEndpoint(service)::handle);
      get(config, "/api/documents/<id>/related", this::apiRelated); // before the document: an id may hold "/"
      get(config, "/api/documents/<id>", this::apiDocument);
      get(config, "/api/health", this::health);
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

      config.routes.exception(BadRequestException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
      // Javalin's own refusals (a body over the limit: 413) in our format and language, not its plain text.
      config.routes.exception(HttpResponseException.class, (e, ctx) -> {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        error(ctx, status, status == HttpStatus.CONTENT_TOO_LARGE
            ? "Förfrågan är för stor: högst " + MAX_BODY_BYTES / 1_000_000 + " MB."
            : ServerErrors.message(e.getStatus()));
      });
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
      ctx.html(views.render("search", SearchPage.front(params, Intro.of(service.documentCount(), service.overview()))));
      return;
    }
    try {
      SearchRequest request = params.request().withFacets().withTrend();
      // The page's script asks with typing=1 while a word is being typed: results follow the typing.
      boolean typing = "1".equals(ctx.queryParam("typing"));
      SearchResult result = service.search(typing ? TypedSoFar.of(request) : request);
      ctx.html(views.render("search", SearchPage.withResults(params, links, result, documentsPerYear())));
    } catch (QuerySyntaxException e) {
      ctx.status(HttpStatus.BAD_REQUEST).html(views.render("search", SearchPage.of(params, links, null, e.swedish())));
    }
  }

  /** The index's documents per year (counted once per index version), for the trend's shares. */
  private Map<Integer, Long> documentsPerYear() throws IOException {
    Map<Integer, Long> perYear = new HashMap<>();
    for (var year : service.overview().getOrDefault(Facet.YEAR, List.of())) {
      perYear.put(Integer.parseInt(year.value()), year.count());
    }
    return perYear;
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
    Document doc = marked.document();
    var copies = service.copies(doc.id());
    var thread = service.thread(doc.id());
    var around = new DocumentPage.Around(copies, doc.debate() == null ? List.of() : service.debate(doc.debate().id()), thread,
        address(ctx, doc.id()), OriginalFile.of(doc) != null, service.related(doc.id(), copies, thread));
    ctx.html(views.render("document", DocumentPage.of(marked, query, new Links(ctx.queryParamMap()).current(), around)));
  }

  /** This server's page of a document, as an absolute address a citation can give. */
  private static String address(Context ctx, String id) {
    return ctx.scheme() + "://" + ctx.host() + Links.document(id, "");
  }

  private void original(Context ctx) throws IOException {
    Document doc = service.document(ctx.pathParam("id")).orElse(null);
    if (doc == null) {
      error(ctx, HttpStatus.NOT_FOUND, "Dokumentet finns inte i sökindexet.");
    } else if (!OriginalFile.serve(ctx, doc)) {
      error(ctx, HttpStatus.NOT_FOUND, "Originalfilen finns inte på den här servern"
          + (doc.link() == null ? "." : "; originalet finns på " + doc.link()));
    }
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
    body.put("link", doc.link());
    body.put("citation", Citation.of(doc, address(ctx, doc.id())));
    body.put("paragraphs", doc.paragraphs());
    body.put("copies", service.copies(doc.id()));
    body.put("thread", service.thread(doc.id()));
    json(ctx, HttpStatus.OK, body);
  }

  /** The documents closest in content to one, each with the distinctive words they share. */
  private void apiRelated(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (service.document(id).isEmpty()) {
      json(ctx, HttpStatus.NOT_FOUND, Map.of("error", "Dokumentet finns inte: " + id));
      return;
    }
    json(ctx, HttpStatus.OK, Map.of("id", id, "related", service.related(id)));
  }

  private void badRequest(Context ctx, String message) {
    if (isApi(ctx)) {
      json(ctx, HttpStatus.BAD_REQUEST, Map.of("error", message));
    } else {
      SearchParams empty = new SearchParams(ctx.queryParam("q") == null ? "" : ctx.queryParam("q"),
          Filters.NONE, SortOrder.RELEVANCE, 1, SearchParams.DEFAULT_SIZE, true, Grouping.NONE, false);
      ctx.status(HttpStatus.BAD_REQUEST).html(views.render("search", SearchPage.badParameter(empty, message)));
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
      ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
