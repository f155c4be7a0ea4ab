package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.render.MarkedHtml;
import se.debattsok.search.Citation;
import se.debattsok.search.DebateSpeech;
import se.debattsok.search.MarkedDocument;
import se.debattsok.search.MarkedText;
import se.debattsok.search.RelatedDocument;
import se.debattsok.search.SearchResult;
import se.debattsok.search.TextCopy;
import se.debattsok.search.ThreadPart;

/**
 * A document's page: its metadata, its copies, the text with every hit of the query marked and
 * numbered (so the page can step from hit to hit, and link to each, without script) and, for a
 * speech, its place in the debate.
 *
 * @param back the search the reader came from
 * @param paragraphs HTML, escaped by {@link MarkedHtml}: the only values a template inserts raw
 * @param hitNumbers the hits the page links to one by one (at most 50)
 * @param debate null for a document that is no speech
 */
record DocumentPage(String title, String heading, String q, String back, String date, String kind, String assembly,
    String reference, String addressee, String id, List<HitView.PersonLink> people, List<String> participants,
    List<CopyLink> copies, List<String> paragraphs, int hits, List<Integer> hitNumbers, DebateView debate,
    List<ThreadLink> thread, boolean threadGuessed, String link, String originalHref, String citation,
    List<RelatedLink> related) {

  private static final int NUMBERED_HITS = 50;

  /** Another document with the same text, named by its reference (or title) and date. */
  record CopyLink(String href, String name, String date) {}

  /** @param previous the speech before this one, or null; {@code next} likewise */
  record DebateView(String title, List<SpeechLink> speeches, String previous, String next) {}

  record SpeechLink(String href, int position, String speaker, String role, String opening, boolean current) {}

  /**
   * What the page shows around the text: copies, the debate's speeches, the thread.
   *
   * @param address this page's own address, cited where the publisher's is not known
   * @param original whether the file the document was read from can be served ({@code /original/…})
   */
  record Around(List<TextCopy> copies, List<DebateSpeech> speeches, List<ThreadPart> thread, String address,
      boolean original, List<RelatedDocument> related) {}

  /** @param because the words the two share, joined: "biotopskydd, länsstyrelsen, undantag" */
  record RelatedLink(String href, String title, String meta, String because) {}

  /**
   * One document of the thread.
   *
   * @param label what it is: "Interpellation 2021/22:439", "Anförande 2"
   * @param linked how it is tied to this document, in words; empty for this document itself
   */
  record ThreadLink(String href, String label, String title, String date, String people, String linked, boolean current,
      boolean guessed) {}

  /**
   * @param query the query whose hits are marked, or null
   * @param backQuery the query string of the search to go back to
   * @param speeches the speeches of the document's debate; empty for a document that is no speech
   */
  static DocumentPage of(MarkedDocument marked, String query, String backQuery, Around around) {
    Document doc = marked.document();
    int n = 1;
    List<String> paragraphs = new ArrayList<>();
    for (MarkedText paragraph : marked.paragraphs()) {
      MarkedText places = paragraph.joinedAcrossSpaces(); // "Fokus Järva" is one hit to step to, not two
      paragraphs.add(MarkedHtml.of(places, n, number -> "<mark id=\"hit-" + number + "\" tabindex=\"-1\">"));
      n += places.marks().size();
    }
    int hits = n - 1; // the places marked, as MarkedDocument#hits counts them
    List<Integer> hitNumbers = new ArrayList<>();
    for (int i = 1; i <= Math.min(hits, NUMBERED_HITS); i++) {
      hitNumbers.add(i);
    }
    String heading = doc.title() == null ? doc.id() : doc.title();
    String q = queryPart(query);
    return new DocumentPage(heading + " – Debattsök", heading, query == null ? "" : query, "/" + backQuery,
        doc.date() == null ? null : doc.date().toString(), doc.kind().swedish(), doc.assembly(), doc.reference(),
        doc.addressee(), doc.id(), HitView.people(doc.people().stream().map(SearchResult.HitPerson::of).toList()),
        doc.people().stream().filter(p -> !p.role().isPrincipal()).map(p -> p.display()).toList(), copies(around.copies(), q),
        paragraphs, hits, hitNumbers, doc.debate() == null || around.speeches().isEmpty() ? null : debate(doc, around.speeches(), q),
        thread(around.thread(), q), around.thread().stream().anyMatch(ThreadPart::guessed), doc.link(),
        around.original() ? Links.original(doc.id()) : null, Citation.of(doc, around.address()), related(around.related(), q));
  }

  private static List<RelatedLink> related(List<RelatedDocument> related, String q) {
    List<RelatedLink> links = new ArrayList<>();
    for (RelatedDocument r : related) {
      String kind = Kind.parse(r.kind()).map(Kind::swedish).orElse(r.kind());
      String people = SearchResult.HitPerson.principals(r.people());
      String meta = String.join(" · ", java.util.stream.Stream.of(r.date(), kind, r.reference(), people)
          .filter(part -> part != null && !part.isEmpty()).toList());
      String title = r.title() == null ? r.id() : r.title();
      links.add(new RelatedLink(Links.document(r.id(), q), r.debate() == null ? title : "Anförande " + r.debate().position()
          + ": " + title, meta, String.join(", ", r.because())));
    }
    return links;
  }

  private static List<ThreadLink> thread(List<ThreadPart> parts, String q) {
    List<ThreadLink> links = new ArrayList<>();
    for (ThreadPart part : parts) {
      String kind = Kind.parse(part.kind()).map(Kind::swedish).orElse(part.kind());
      String label = part.debate() != null
          ? "Anförande " + part.debate().position()
          : Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + (part.reference() == null ? "" : " " + part.reference());
      String people = SearchResult.HitPerson.principals(part.people());
      String linked = switch (part.linkedBy()) {
        case ThreadPart.NUMBER -> "numret " + part.because();
        case ThreadPart.CASE -> "diarienumret " + part.because().toUpperCase(java.util.Locale.ROOT);
        case ThreadPart.GUESS -> part.debate() != null
            ? "gissning: debatten nämner frågeställaren och ämnet (" + part.because() + ")"
            : "gissning: samma frågeställare och svarande (" + part.because() + ")";
        default -> "";
      };
      links.add(new ThreadLink(Links.document(part.id(), q), label, part.title() == null ? "" : part.title(),
          part.date() == null ? "" : part.date(), people, linked, ThreadPart.SELF.equals(part.linkedBy()), part.guessed()));
    }
    return links;
  }

  /** The query as the part of a link to a document that marks its hits there ("?q=…"), or "". */
  private static String queryPart(String query) {
    return query == null || query.isBlank() ? "" : Links.encode(Map.of("q", List.of(query)));
  }

  private static List<CopyLink> copies(List<TextCopy> copies, String q) {
    List<CopyLink> shown = new ArrayList<>();
    for (TextCopy copy : copies) {
      String name = copy.reference() != null ? copy.reference() : copy.title() != null ? copy.title() : copy.id();
      shown.add(new CopyLink(Links.document(copy.id(), q), name, copy.date() == null ? "" : copy.date()));
    }
    return shown;
  }

  private static DebateView debate(Document doc, List<DebateSpeech> speeches, String q) {
    List<SpeechLink> links = new ArrayList<>();
    String previous = null;
    String next = null;
    for (int i = 0; i < speeches.size(); i++) {
      DebateSpeech s = speeches.get(i);
      boolean current = s.id().equals(doc.id());
      links.add(new SpeechLink(Links.document(s.id(), q), s.position(), s.speaker() == null ? "" : s.speaker().display(),
          s.speaker() == null ? "" : Labels.role(s.speaker().role().code()), s.opening(), current));
      if (current && i > 0) {
        previous = Links.document(speeches.get(i - 1).id(), q);
      }
      if (current && i + 1 < speeches.size()) {
        next = Links.document(speeches.get(i + 1).id(), q);
      }
    }
    return new DebateView(doc.debate().title(), links, previous, next);
  }
}
