package se.debattsok.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The pages of errors Jetty answers itself, before a request reaches the app (a header too large,
 * a malformed request line, an unknown HTTP version): in UTF-8 with the app's security headers,
 * JSON under {@code /api/} and a Swedish page elsewhere, as the app's own errors are. Jetty's
 * default is an ISO-8859-1 English page without those headers.
 */
final class ServerErrors extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Integer, String> MESSAGES = Map.of(
      400, "Begäran gick inte att läsa.",
      404, "Sidan finns inte.",
      405, "Den metoden går inte att använda här.",
      413, "Begäran är för stor.",
      414, "Adressen är för lång: skicka långa frågor med POST /api/search/batch.",
      431, "Begärans huvuden är för stora.",
      505, "Den HTTP-versionen stöds inte.");

  /** What the app's pages send along: the same values as {@code WebApp}'s. */
  static void secure(HttpFields.Mutable headers) {
    headers.put("Content-Security-Policy", WebApp.CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
  }

  static String message(int status) {
    return MESSAGES.getOrDefault(status, "Något gick fel (" + status + ").");
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    boolean api = request.getHttpURI() != null && request.getHttpURI().getPath() != null
        && request.getHttpURI().getPath().startsWith("/api/");
    HttpFields.Mutable headers = response.getHeaders();
    secure(headers);
    byte[] body = api ? json(code) : html(code);
    headers.put(HttpHeader.CONTENT_TYPE, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
    headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** A request Jetty could not parse has no path: its answer is the page, which any client can read. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    secure(fields);
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8"));
    return ByteBuffer.wrap(html(status));
  }

  private static byte[] json(int code) {
    try {
      return JSON.writeValueAsBytes(Map.of("error", message(code)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a map of two strings always serialises
    }
  }

  private static byte[] html(int code) {
    String page = "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + code
        + " – Debattsök</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>" + code
        + "</h1><p>" + message(code) + "</p><p><a href=\"/\">Till sökningen</a></p></main></body></html>";
    return page.getBytes(StandardCharsets.UTF_8);
  }
}
