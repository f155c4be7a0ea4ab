package se.debattsok.watch;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.debattsok.search.SearchService;

/**
 * What follows an index run: the saved searches matched against what it wrote ({@link Watcher}),
 * and every saved search with an address mailed what it announced and has not mailed yet, this
 * run's or an earlier one's whose mail failed. A mail sent is recorded; one that fails is tried
 * again after the next run, so nothing found is lost.
 */
public final class Delivery {
  private final WatchStore store;

  public Delivery(WatchStore store) {
    this.store = store;
  }

  /**
   * @param found per saved search, what this run found
   * @param mailed messages sent
   * @param failures per saved search whose mail could not be sent, why
   * @param unsent announcements waiting for a mail server (saved searches with an address, no --smtp)
   */
  public record Report(List<Watcher.Found> found, int mailed, List<String> failures, int unsent) {}

  /**
   * @param written the ids of the documents the run wrote
   * @param rebuilt whether the run rebuilt the index whole: it then wrote every document, and only
   *     those never known before are new
   * @param mailer the SMTP server to mail through, or null
   * @param pageOf a document's page, for the mail
   */
  public Report deliver(SearchService service, Collection<String> written, boolean rebuilt, Mailer mailer,
      Function<String, String> pageOf) throws IOException {
    Set<String> known = store.documents();
    List<String> fresh = written.stream().filter(id -> !known.contains(id)).toList();
    store.enqueue(rebuilt ? fresh : written); // kept until matched: a run cut off here loses nothing
    store.knowDocuments(fresh);
    List<Watcher.Found> found = new Watcher(store).match(service, store.queued());
    store.clearQueue();
    int mailed = 0;
    int unsent = 0;
    List<String> failures = new ArrayList<>();
    for (SavedSearch search : store.searches()) {
      if (search.email() == null) {
        continue;
      }
      List<Announcement> pending = store.unmailed(search.name());
      if (pending.isEmpty()) {
        continue;
      }
      if (mailer == null) {
        unsent += pending.size();
        continue;
      }
      try {
        mailer.send(search, pending, pageOf);
        store.mailed(search.name(), pending.stream().map(Announcement::id).toList());
        mailed++;
      } catch (MessagingException e) {
        failures.add(search.name() + " (" + search.email() + "): " + e.getMessage());
      }
    }
    return new Report(found, mailed, failures, unsent);
  }
}
