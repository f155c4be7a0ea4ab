package se.debattsok.web;

import io.javalin.Javalin;

/** A started web front end: the port it listens on, and a way to stop it. */
public final class WebServer implements AutoCloseable {
  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts the app on the given address; port 0 picks a free one. */
  public static WebServer start(se.debattsok.search.SearchService service, String host, int port) {
    return new WebServer(WebApp.create(service).start(host, port));
  }

  /** The same, keeping saved searches in a folder: "Bevaka sökningen" and the feeds. */
  public static WebServer start(se.debattsok.search.SearchService service, se.debattsok.watch.WatchStore watches, String host,
      int port) {
    return new WebServer(WebApp.create(service, watches).start(host, port));
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
