package se.debattsok.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a page record ({@link SearchPage}, {@link DocumentPage}, {@link PersonPage}, {@link
 * ErrorPage}) with its Pebble template in {@code resources/templates}, where it is {@code page}.
 * Pebble escapes every value; only snippets and marked paragraphs, escaped by {@code MarkedHtml},
 * are inserted raw.
 */
final class Views {
  private final PebbleEngine engine;

  Views() {
    ClasspathLoader loader = new ClasspathLoader();
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false).build();
  }

  String render(String template, Record page) {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate(template).evaluate(out, Map.of("page", page), Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
