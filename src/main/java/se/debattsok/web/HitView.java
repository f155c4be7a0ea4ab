package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;
import se.debattsok.model.Kind;
import se.debattsok.render.MarkedHtml;
import se.debattsok.search.MarkedText;
import se.debattsok.search.SearchResult;

/**
 * One hit as the search page lists it.
 *
 * @param snippets HTML, escaped by {@link MarkedHtml}: the only values a template inserts raw
 * @param titleHtml the title with the query's words marked, escaped for the page
 * @param sameTextAs how the page names the hit above with the same text; null when there is none
 * @param thread "del av en tråd: 3 dokument", or null for a document that stands alone
 */
record HitView(String href, String titleHtml, String date, String kind, String assembly, String reference,
    List<PersonLink> people, List<String> snippets, String sameTextAs, String sameTextHref, String thread,
    String threadHref) {

  /** A person named on a page, with a link to their page. */
  record PersonLink(String name, String party, String role, String href) {}

  /** One debate of grouped results, with its best speeches. */
  record GroupView(String title, String date, String matches, List<HitView> hits) {}

  /** @param inDebate under their debate's heading, speeches need not repeat its title */
  static List<HitView> of(SearchResult result, List<SearchResult.Hit> shown, Links links, boolean inDebate) {
    List<HitView> hits = new ArrayList<>();
    for (SearchResult.Hit hit : shown) {
      String title = hit.markedTitle() != null ? MarkedHtml.of(hit.markedTitle())
          : MarkedHtml.of(MarkedText.plain(hit.title() == null ? hit.id() : hit.title()));
      if (hit.debate() != null) {
        title = "Anförande " + hit.debate().position() + (inDebate ? "" : ": " + title);
      }
      boolean copy = hit.sameTextAs() != null;
      hits.add(new HitView(Links.document(hit.id(), links.current()), title, hit.date(),
          Kind.parse(hit.kind()).map(Kind::swedish).orElse(hit.kind()), hit.assembly(), hit.reference(), people(hit.people()),
          hit.snippets().stream().map(MarkedHtml::of).toList(), copy ? result.originalOf(hit) : null,
          copy ? Links.document(hit.sameTextAs(), links.current()) : null,
          hit.thread() == null ? null : "del av en tråd: " + hit.thread().size() + " dokument",
          hit.thread() == null ? null : Links.document(hit.id(), links.current()) + "#trad"));
    }
    return hits;
  }

  static List<GroupView> groups(SearchResult result, Links links) {
    List<GroupView> groups = new ArrayList<>();
    for (SearchResult.Group group : result.groups()) {
      String in = group.threadId() != null ? " i tråden" : " i debatten";
      groups.add(new GroupView(group.title() == null ? group.id() : group.title(), group.date(),
          (group.matches() == 1 ? "1 träff" : Labels.number(group.matches()) + " träffar") + in,
          of(result, group.hits(), links, true)));
    }
    return groups;
  }

  /** The principals of a hit or document; members who only took part are left out. */
  static List<PersonLink> people(List<SearchResult.HitPerson> people) {
    List<PersonLink> shown = new ArrayList<>();
    for (SearchResult.HitPerson p : people) {
      if (!p.role().equals("participant")) {
        shown.add(new PersonLink(p.name(), p.party() == null ? "" : p.party(), Labels.role(p.role()), Links.person(p.key())));
      }
    }
    return shown;
  }
}
