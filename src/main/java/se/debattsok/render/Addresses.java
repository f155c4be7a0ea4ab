package se.debattsok.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Where the web front end shows things, for every front end that links to it (pages, feeds, mails). */
public final class Addresses {
  private Addresses() {}

  /** A document's page: /doc/ and each "/"-separated part of its id encoded ("protokoll.pdf/s3a" keeps its slash). */
  public static String document(String id) {
    List<String> segments = new ArrayList<>();
    for (String segment : id.split("/", -1)) {
      segments.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return "/doc/" + String.join("/", segments);
  }
}
