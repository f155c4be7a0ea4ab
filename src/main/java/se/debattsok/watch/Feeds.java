package se.debattsok.watch;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * Atom 1.0 feeds (RFC 4287) of documents, written by ROME: a saved search's announcements, or any
 * search's newest hits. Each entry links to the document's page here and, where known, to the
 * original; it is updated when it was found (for a saved search) or on its date.
 */
public final class Feeds {
  /** Entries a feed carries: readers poll often and keep what they have seen. */
  public static final int ENTRIES = 50;

  private Feeds() {}

  /**
   * @param id the feed's permanent id: its own address
   * @param pageOf a document's page, from its id
   */
  public static String atom(String title, String id, String alternate, List<Announcement> entries,
      Function<String, String> pageOf) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(id);
    feed.setTitle(title);
    feed.setOtherLinks(List.of(link("self", id, "application/atom+xml")));
    feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
    Person engine = new Person();
    engine.setName("Debattsök");
    feed.setAuthors(List.of(engine));
    Instant updated = entries.stream().map(Feeds::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
    feed.setUpdated(Date.from(updated));
    List<Entry> items = new ArrayList<>();
    for (Announcement a : entries) {
      Entry entry = new Entry();
      String page = pageOf.apply(a.id());
      entry.setId(page);
      entry.setTitle(a.title());
      entry.setUpdated(Date.from(updated(a)));
      if (a.date() != null) {
        entry.setPublished(Date.from(LocalDate.parse(a.date()).atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      List<Link> links = new ArrayList<>(List.of(link("alternate", page, "text/html")));
      if (a.link() != null) {
        links.add(link("related", a.link(), null));
      }
      entry.setAlternateLinks(links.subList(0, 1));
      entry.setOtherLinks(links.subList(1, links.size()));
      Content summary = new Content();
      summary.setType("text");
      summary.setValue(String.join(" · ", java.util.stream.Stream.of(a.date(), a.kind(), a.reference(), a.people())
          .filter(s -> s != null && !s.isBlank()).toList()));
      entry.setSummary(summary);
      items.add(entry);
    }
    feed.setEntries(items);
    try {
      return new WireFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("an Atom feed of these entries could not be written", e);
    }
  }

  /** When a saved search found it, or, for any search's hits, its date. */
  private static Instant updated(Announcement a) {
    if (a.matched() != null) {
      return a.matched();
    }
    return a.date() == null ? Instant.EPOCH : LocalDate.parse(a.date()).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    if (type != null) {
      link.setType(type);
    }
    return link;
  }

  /** A query's words for a feed's address. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
