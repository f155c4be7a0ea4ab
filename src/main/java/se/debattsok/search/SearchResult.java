package se.debattsok.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.debattsok.model.Debate;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * What a search returns. Fields that do not apply are null (or empty), never left out here: how a
 * front end shows them (the JSON of {@code search --json}, the web API and bulk search leaves them
 * out) is its own affair.
 *
 * @param total how many documents match in all
 * @param tookMs time taken, in milliseconds
 * @param facets per dimension (party, person, kind, assembly, year), the values with most hits;
 *     empty unless asked for. For a dimension the search is filtered on, the counts are those
 *     without that filter, so that the other values stay in view as alternatives.
 * @param suggestion the query with misspelled words corrected, when some word is not in the index
 *     and the query found few or no documents; null otherwise
 * @param suggestionApplied whether the hits are those of the suggestion (the query as written found
 *     nothing); null when there is no suggestion
 * @param relaxed true when no document holds all the words of a plain query (nor those of its
 *     suggestion) and the hits are the documents that hold all but one of them (either, of two);
 *     absent otherwise
 * @param partial true when the search ran out of time: the hits and total are those found by then;
 *     absent otherwise
 * @param groups when results are grouped by debate, the debates in order, each with its best
 *     speeches (the hits list is then empty); null otherwise
 * @param trend when asked for, the matching documents per year, in all and per party
 */
public record SearchResult(
    String query,
    long total,
    long tookMs,
    List<Hit> hits,
    Map<Facet, List<FacetCount>> facets,
    String suggestion,
    Boolean suggestionApplied,
    Boolean relaxed,
    Boolean partial,
    List<Group> groups,
    Trend trend) {

  public record FacetCount(String value, long count) {}

  /** The same result with other hits (and groups of hits). */
  SearchResult withHits(List<Hit> newHits, List<Group> newGroups) {
    return new SearchResult(query, total, tookMs, newHits, facets, suggestion, suggestionApplied, relaxed, partial, newGroups,
        trend);
  }

  /** The same result, timed as a whole (correction and loosening included), partial if ever cut. */
  SearchResult timed(long wholeMs, boolean cut) {
    return new SearchResult(query, total, wholeMs, hits, facets, suggestion, suggestionApplied, relaxed,
        cut || Boolean.TRUE.equals(partial) ? Boolean.TRUE : null, groups, trend);
  }

  /**
   * How a page names the hit that another is a copy of ({@link Hit#sameTextAs()}): by its reference
   * ("2007/08:516"), as the page shows it, or by its id where it has none.
   */
  public String originalOf(Hit copy) {
    return Stream.concat(hits.stream(), groups.stream().flatMap(group -> group.hits().stream()))
        .filter(hit -> hit.id().equals(copy.sameTextAs()))
        .findFirst()
        .map(hit -> hit.reference() != null ? hit.reference() : hit.id())
        .orElse(copy.sameTextAs());
  }

  /**
   * One hit. Dates are ISO text (2024-03-20) and kinds their code, as they appear in JSON.
   *
   * @param snippets the best passages of the text, with the query's hits marked
   * @param sameTextAs the id of a hit above this one on the same page whose text is nearly word for
   *     word the same (an interpellation filed twice, or put to two ministers); null otherwise
   * @param markedTitle the title with the query's words marked, when snippets were asked for; else null
   * @param thread the thread (question, answer, debate) the document is part of, when it has one and
   *     snippets were asked for; else null
   * @param link where the publisher shows the original, when the source says; else null
   */
  public record Hit(
      String id,
      String title,
      String kind,
      String date,
      String assembly,
      String reference,
      List<HitPerson> people,
      float score,
      List<MarkedText> snippets,
      HitDebate debate,
      String sameTextAs,
      MarkedText markedTitle,
      HitThread thread,
      String link) {
    /** The same hit, part of a thread of this many documents. */
    public Hit inThread(HitThread of) {
      return new Hit(id, title, kind, date, assembly, reference, people, score, snippets, debate, sameTextAs, markedTitle, of,
          link);
    }
  }

  /** @param size how many documents the thread has, this one included (more than one) */
  public record HitThread(int size) {}

  /** @param key what the person's page is found by: /person/{key} */
  public record HitPerson(String name, String party, String role, String key) {
    public static HitPerson of(Person p) {
      return new HitPerson(p.name(), p.party(), p.role().code(), p.key());
    }

    /**
     * The principals among people as one line, "Anders Åkesson (C), Annika Strandhäll (S)": those who
     * only took part in a debate are left out.
     */
    public static String principals(List<HitPerson> people) {
      return people.stream().filter(p -> !p.role().equals(Role.PARTICIPANT.code()))
          .map(p -> p.party() == null || p.party().isEmpty() ? p.name() : p.name() + " (" + p.party() + ")")
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }

  /** The debate a speech belongs to, and its place there (from 1). */
  public record HitDebate(String id, String title, int position) {
    /** The debate as a hit shows it; null for a document that is no speech. */
    public static HitDebate of(Debate debate) {
      return debate == null ? null : new HitDebate(debate.id(), debate.title(), debate.position());
    }
  }

  /**
   * One debate (or thread) of grouped results.
   *
   * @param debateId the debate's id, when grouped by debate; else null
   * @param threadId the thread's id, when grouped by thread; else null
   * @param matches how many of its speeches match
   * @param hits the best of them, best first
   */
  public record Group(String debateId, String threadId, String title, String date, long matches, List<Hit> hits) {
    /** A group of hits of one debate or one thread, as {@code by} says; its id goes in its field. */
    static Group of(Grouping by, String id, String title, String date, long matches, List<Hit> hits) {
      return by == Grouping.THREAD
          ? new Group(null, id, title, date, matches, hits)
          : new Group(id, null, title, date, matches, hits);
    }

    /** The debate's or the thread's id. */
    public String id() {
      return debateId != null ? debateId : threadId;
    }
  }

  /** Matching documents per year, oldest first, and per party of their principals. */
  public record Trend(List<YearCount> years) {}

  public record YearCount(int year, long count, Map<String, Long> parties) {}
}
