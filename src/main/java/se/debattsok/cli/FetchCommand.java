package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.debattsok.corpus.RiksdagenFetcher;

@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = "Downloads real debates into a corpus folder.",
    subcommands = {FetchCommand.Riksdagen.class})
final class FetchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Say what to fetch: debattsok fetch riksdagen --from DATE --to DATE --out DIR");
  }

  @Command(
      name = "riksdagen",
      mixinStandardHelpOptions = true,
      description = {
        "Downloads the Riksdag's debate speeches (anföranden) from its open data API, one file per day,",
        "for 'debattsok index --corpus DIR'. One request at a time, --delay apart; failed requests are",
        "retried; days already in DIR are skipped, so an interrupted run resumes where it stopped."
      })
  static final class Riksdagen implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2022-01-01.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, e.g. 2022-01-31.")
    String to;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to (made if missing).")
    Path folder;

    @Option(names = "--api", paramLabel = "URL", description = "The API's address (default: ${DEFAULT-VALUE}).")
    URI api = URI.create("https://data.riksdagen.se");

    @Option(names = "--delay", paramLabel = "MS", description = "Least time between requests, in milliseconds (default: ${DEFAULT-VALUE}).")
    long delayMillis = 1000;

    @Option(names = "--retries", paramLabel = "N", description = "Tries per day before giving up on it (default: ${DEFAULT-VALUE}).")
    int retries = 5;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      LocalDate first = date(from, "--from");
      LocalDate last = date(to, "--to");
      if (last.isBefore(first)) {
        throw new ParameterException(spec.commandLine(), "--to (" + last + ") is before --from (" + first + ").");
      }
      if (delayMillis < 0 || retries < 1) {
        throw new ParameterException(spec.commandLine(), "--delay cannot be negative and --retries must be at least 1.");
      }
      RiksdagenFetcher fetcher = new RiksdagenFetcher(api, Duration.ofMillis(delayMillis), retries);
      RiksdagenFetcher.Summary summary;
      try (ConsoleProgress progress = new ConsoleProgress("Fetching", ChronoUnit.DAYS.between(first, last) + 1, "days")) {
        summary = fetcher.fetch(first, last, folder, new RiksdagenFetcher.Listener() {
          @Override
          public void dayDone(LocalDate day, int speeches) {
            progress.step();
          }

          @Override
          public void retrying(LocalDate day, int attempt, String reason) {
            if (!Terminal.isInteractive()) {
              err.println("  " + day + ": try " + attempt + " failed (" + reason + "), trying again");
            }
          }
        });
      }
      summary.failed().forEach(f -> err.println("  " + f));
      out.printf(Locale.ROOT, "Fetched %s (%s) into %s; %,d already there; %,d failed.%n",
          Plural.count(summary.fetched(), "day"), Plural.count(summary.speeches(), "speech", "speeches"), folder,
          summary.skipped(), summary.failed().size());
      if (!summary.failed().isEmpty()) {
        err.println("debattsok: some days could not be fetched; run the same command again to fetch only those.");
        return Main.FAILURE;
      }
      return Main.OK;
    }

    private LocalDate date(String text, String option) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), option + " takes a date like 2022-01-31, not '" + text + "'.");
      }
    }
  }
}
