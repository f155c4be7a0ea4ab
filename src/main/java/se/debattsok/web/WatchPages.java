package se.debattsok.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;
import se.debattsok.search.SortOrder;
import se.debattsok.watch.Announcement;
import se.debattsok.watch.Feeds;
import se.debattsok.watch.SavedSearch;
import se.debattsok.watch.WatchStore;
import se.debattsok.watch.Watcher;

/**
 * Saved searches on the web: "Bevaka sökningen" saves the search a page shows ({@code POST /watch}),
 * {@code /feed/{name}} is a saved search's Atom feed of what index runs brought, and {@code
 * /feed?q=…} any search's newest hits as a feed.
 */
final class WatchPages {
  private final SearchService service;
  private final WatchStore store;
  private final Views views;

  /** @param store null where the server keeps no saved searches */
  WatchPages(SearchService service, WatchStore store, Views views) {
    this.service = service;
    this.store = store;
    this.views = views;
  }

  /** The result of saving, as the page shows it: the feed's address, or what to fix. */
  record Saved(String title, String name, String feedHref, String email, String error, String back) {}

  void save(Context ctx) throws IOException {
    // A form posted from another site (a page that would have this server mail someone) is refused.
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null") && !sameHost(origin, ctx.host())) {
      throw new BadRequestException("Bevakningar sparas bara från den här webbplatsens sida.");
    }
    SearchParams params = SearchParams.from(ctx);
    String back = "/" + new Links(ctx.queryParamMap()).current();
    if (store == null) {
      render(ctx, HttpStatus.NOT_FOUND, new Saved("Bevakning", null, null, null,
          "Den här servern sparar inga bevakningar (starta den med --watches).", back));
      return;
    }
    if (params.query().isEmpty()) {
      throw new BadRequestException("Parametern q saknas: skriv vad du vill bevaka.");
    }
    String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
    String email = ctx.formParam("email");
    try {
      Watcher.check(service, store, params.query(), params.filters());
      store.add(new SavedSearch(name, params.query(), params.filters(), email, Instant.now()));
    } catch (QuerySyntaxException e) {
      render(ctx, HttpStatus.BAD_REQUEST, new Saved("Bevakning", name, null, null, e.swedish(), back));
      return;
    } catch (WatchStore.Refused e) {
      render(ctx, HttpStatus.BAD_REQUEST, new Saved("Bevakning", name, null, null, e.getMessage(), back));
      return;
    }
    render(ctx, HttpStatus.CREATED, new Saved("Bevakningen " + name + " är sparad", name, "/feed/" + Feeds.encode(name),
        email == null || email.isBlank() ? null : email.strip(), null, back));
  }

  private void render(Context ctx, HttpStatus status, Saved page) {
    ctx.status(status).html(views.render("watch", page));
  }

  private static boolean sameHost(String origin, String host) {
    try {
      URI uri = URI.create(origin);
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A saved search's feed: what index runs brought it, newest first. */
  void feed(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    SavedSearch search = store == null ? null : store.search(name).orElse(null);
    if (search == null) {
      ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("Det finns ingen bevakning som heter " + name + ".");
      return;
    }
    List<Announcement> entries = store.announced(name, Feeds.ENTRIES);
    String self = base(ctx) + "/feed/" + Feeds.encode(name);
    atom(ctx, Feeds.atom("Debattsök: " + search.name() + " (" + search.query() + ")", self,
        base(ctx) + "/?q=" + Feeds.encode(search.query()), entries, pageOf(ctx)));
  }

  /** Any search's newest hits as a feed: what a reader subscribes to without saving anything here. */
  void searchFeed(Context ctx) throws IOException {
    SearchParams params = SearchParams.from(ctx);
    if (params.query().isEmpty()) {
      throw new BadRequestException("Parametern q saknas: skriv vad flödet ska söka efter.");
    }
    SearchResult result;
    try {
      result = service.search(SearchRequest.of(params.query()).withFilters(params.filters()).sortedBy(SortOrder.NEWEST)
          .asWritten().withoutSnippets().page(Feeds.ENTRIES, 0));
    } catch (QuerySyntaxException e) {
      throw new BadRequestException(e.swedish());
    }
    List<Announcement> entries = result.hits().stream().map(hit -> Watcher.asEntry(hit)).toList();
    String query = new Links(ctx.queryParamMap()).current();
    atom(ctx, Feeds.atom("Debattsök: " + params.query(), base(ctx) + "/feed" + query, base(ctx) + "/" + query, entries,
        pageOf(ctx)));
  }

  private static void atom(Context ctx, String xml) {
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static Function<String, String> pageOf(Context ctx) {
    String base = base(ctx);
    return id -> base + Links.document(id, "");
  }
}
