package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.debattsok.search.SearchService;
import se.debattsok.watch.Delivery;
import se.debattsok.watch.Watcher;
import se.debattsok.watch.WatchStore;

/** After an index run: the saved searches matched and mailed ({@link Delivery}), and what came of it said in a few lines. */
final class WatchReport {
  private final WatchStore store;
  private final MailOptions mail;
  private final PrintWriter out;
  private final PrintWriter err;

  WatchReport(WatchStore store, MailOptions mail, PrintWriter out, PrintWriter err) {
    this.store = store;
    this.mail = mail;
    this.out = out;
    this.err = err;
  }

  interface Opener {
    SearchService open() throws IOException;
  }

  /** @return false when some mail could not be sent (it is tried again after the next run) */
  boolean deliver(List<String> written, boolean rebuilt, Opener index) throws IOException {
    if (store.searches().isEmpty()) {
      if (store.knowsDocuments()) { // searches may be saved again: what is in the index now is not news then
        Set<String> known = store.documents();
        store.knowDocuments(written.stream().filter(id -> !known.contains(id)).toList());
      }
      return true;
    }
    Delivery.Report report;
    long start = System.nanoTime();
    try (SearchService service = index.open()) {
      report = new Delivery(store).deliver(service, written, rebuilt, mail.mailer(), mail::pageOf);
    }
    int documents = report.found().stream().mapToInt(f -> f.documents().size()).sum();
    long searches = report.found().stream().filter(f -> !f.documents().isEmpty()).count();
    out.printf(Locale.ROOT, "Saved searches: %s for %s of %s", Plural.count(documents, "new match", "new matches"),
        searches, Plural.count(store.searches().size(), "search", "searches"));
    out.printf(Locale.ROOT, "%s (%.1f s).%n", report.mailed() == 0 ? "" : "; " + Plural.count(report.mailed(), "mail") + " sent",
        (System.nanoTime() - start) / 1e9);
    for (Watcher.Found found : report.found()) {
      if (!found.documents().isEmpty()) {
        out.printf(Locale.ROOT, "  %s: %s%n", found.search().name(), Plural.count(found.documents().size(), "document"));
      }
      if (found.problem() != null) {
        err.printf(Locale.ROOT, "debattsok: saved search '%s': %s%n", found.search().name(), found.problem());
      }
    }
    if (report.unsent() > 0) {
      err.printf(Locale.ROOT, "%s for saved searches with an address not mailed: give --smtp HOST[:PORT] to send them.%n",
          Plural.count(report.unsent(), "match", "matches"));
    }
    for (String failure : report.failures()) {
      err.println("debattsok: mail not sent, tried again after the next run: " + failure);
    }
    return report.failures().isEmpty();
  }
}
