package se.debattsok.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads the Riksdag's debate speeches from its open data API (data.riksdagen.se,
 * {@code /anforandelista/}) into a folder, one file per day ({@code anforanden-2022-01-18.json},
 * the API's own JSON, which {@link RiksdagSpeechReader} reads). Politely: one request at a time, at
 * least {@code delay} apart. Failed requests (a dropped connection, a 5xx answer, a cut-off body)
 * are retried with growing pauses. A day is written whole or not at all (to a temporary file, then
 * renamed), so a run that is interrupted resumes where it stopped: days already on disk are skipped.
 */
public final class RiksdagenFetcher {
  /** The most speeches the API gives in one answer; a day in the chamber has far fewer. */
  static final int PAGE_SIZE = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a run did; {@code failed} lists the days that could not be fetched, with why. */
  public record Summary(int fetched, int skipped, int speeches, List<String> failed) {}

  /** Told of each day as it is done, for a progress bar. */
  public interface Listener {
    default void dayDone(LocalDate day, int speeches) {}

    default void retrying(LocalDate day, int attempt, String reason) {}
  }

  private final URI api;
  private final Duration delay;
  private final int attempts;
  private final HttpClient http;
  private long lastRequest;

  /**
   * @param api the API's base address, e.g. {@code https://data.riksdagen.se}
   * @param delay the least time between two requests
   * @param attempts tries per day before it counts as failed
   */
  public RiksdagenFetcher(URI api, Duration delay, int attempts) {
    this.api = api;
    this.delay = delay;
    this.attempts = Math.max(1, attempts);
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** The file a day's speeches are kept in. */
  public static Path fileFor(Path out, LocalDate day) {
    return out.resolve("anforanden-" + day + ".json");
  }

  public Summary fetch(LocalDate from, LocalDate to, Path out, Listener listener) throws IOException, InterruptedException {
    Files.createDirectories(out);
    int fetched = 0;
    int skipped = 0;
    int speeches = 0;
    List<String> failed = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Path file = fileFor(out, day);
      if (Files.exists(file)) {
        skipped++;
        listener.dayDone(day, -1);
        continue;
      }
      try {
        Answer answer = fetchDay(day, listener);
        Path part = out.resolve(file.getFileName() + ".part");
        Files.write(part, answer.body());
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        speeches += answer.speeches();
        fetched++;
        listener.dayDone(day, answer.speeches());
      } catch (IOException e) {
        failed.add(day + ": " + e.getMessage());
        listener.dayDone(day, -1);
      }
    }
    return new Summary(fetched, skipped, speeches, failed);
  }

  /** A day's answer as it came, and the speeches in it. */
  private record Answer(byte[] body, int speeches) {}

  /** One day's answer, checked to be the API's JSON, after as many tries as allowed. */
  private Answer fetchDay(LocalDate day, Listener listener) throws IOException, InterruptedException {
    URI uri = api.resolve("/anforandelista/?d=" + day + "&ts=" + day + "&sz=" + PAGE_SIZE + "&utformat=json");
    IOException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        Thread.sleep(Math.min(30_000, delay.toMillis() * (1L << Math.min(10, attempt - 1)) + 250L * attempt));
      }
      pace();
      try {
        HttpResponse<byte[]> response = http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 200) {
          // Counting parses it: a cut-off or garbled body throws here, and is retried, not saved.
          return new Answer(response.body(), count(response.body()));
        }
        if (response.statusCode() < 500 && response.statusCode() != 429) {
          // The request itself is wrong (or the address): asking again will not help.
          throw new RefusedException("HTTP " + response.statusCode() + " from " + uri);
        }
        last = new IOException("HTTP " + response.statusCode() + " from " + uri);
      } catch (RefusedException e) {
        throw e;
      } catch (IOException e) {
        last = e;
      }
      listener.retrying(day, attempt, last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage());
    }
    throw new IOException("gave up after " + attempts + " tries: " + last.getMessage(), last);
  }

  /** An answer that a retry would not change. */
  private static final class RefusedException extends IOException {
    RefusedException(String message) {
      super(message);
    }
  }

  /** Waits until {@code delay} has passed since the last request. */
  private void pace() throws InterruptedException {
    long wait = lastRequest + delay.toMillis() - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    lastRequest = System.currentTimeMillis();
  }

  /** The speeches in an answer; an answer that is not the API's JSON is an IOException. */
  static int count(byte[] body) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new IOException("the answer is not complete JSON (" + e.getClass().getSimpleName() + ")", e);
    }
    JsonNode list = root == null ? null : root.get("anforandelista");
    if (list == null) {
      throw new IOException("the answer has no \"anforandelista\"");
    }
    JsonNode speeches = list.get("anforande");
    return speeches == null || speeches.isNull() ? 0 : speeches.isArray() ? speeches.size() : 1;
  }
}
