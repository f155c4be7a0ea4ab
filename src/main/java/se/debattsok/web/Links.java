package se.debattsok.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.debattsok.render.Addresses;

/** Query strings of the current search with one thing changed: a facet added, a filter removed, a page. */
final class Links {
  private final Map<String, List<String>> params;
  /** The page shown, kept for links that come back to it ("Tillbaka till träffarna"); null for the first. */
  private final String page;

  Links(Map<String, List<String>> current) {
    List<String> pages = current.getOrDefault("page", List.of());
    page = pages.isEmpty() || pages.get(0) == null || pages.get(0).isBlank() || pages.get(0).equals("1") ? null : pages.get(0);
    params = new LinkedHashMap<>();
    current.forEach((name, values) -> {
      List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
      // A changed search starts on page 1; typing=1 is the page script's, never a link's.
      if (!kept.isEmpty() && !name.equals("page") && !name.equals("typing")) {
        params.put(name, new ArrayList<>(kept));
      }
    });
  }

  String with(String name, String value) {
    Map<String, List<String>> copy = copy();
    List<String> values = copy.computeIfAbsent(name, n -> new ArrayList<>());
    if (!values.contains(value)) {
      values.add(value);
    }
    return encode(copy);
  }

  /** Sets parameters to one value each: {@code replacing("from", "2023", "to", "2023")}. */
  String replacing(String... namesAndValues) {
    Map<String, List<String>> copy = copy();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      copy.put(namesAndValues[i], new ArrayList<>(List.of(namesAndValues[i + 1])));
    }
    return encode(copy);
  }

  String without(String name, String value) {
    Map<String, List<String>> copy = copy();
    List<String> values = copy.getOrDefault(name, new ArrayList<>());
    values.remove(value);
    if (values.isEmpty()) {
      copy.remove(name);
    }
    return encode(copy);
  }

  String withoutAll(String... names) {
    Map<String, List<String>> copy = copy();
    for (String name : names) {
      copy.remove(name);
    }
    return encode(copy);
  }

  String page(int page) {
    Map<String, List<String>> copy = copy();
    if (page > 1) {
      copy.put("page", List.of(Integer.toString(page)));
    }
    return encode(copy);
  }

  /** The current search as it stands, its page included: what a link away and back keeps. */
  String current() {
    Map<String, List<String>> copy = copy();
    if (page != null) {
      copy.put("page", List.of(page));
    }
    return encode(copy);
  }

  private Map<String, List<String>> copy() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    return copy;
  }

  static String encode(Map<String, List<String>> params) {
    StringBuilder query = new StringBuilder();
    params.forEach((name, values) -> values.forEach(value -> {
      query.append(query.isEmpty() ? "?" : "&");
      query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }));
    return query.toString();
  }

  /** A person's page. */
  static String person(String key) {
    return "/person/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A document's address: its id, which may hold '/', encoded segment by segment. */
  /** Where the file a document was read from is served. */
  static String original(String id) {
    return document(id, "").replaceFirst("^/doc/", "/original/");
  }

  static String document(String id, String query) {
    return Addresses.document(id) + query;
  }
}
