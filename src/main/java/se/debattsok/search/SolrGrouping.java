package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.Utils;
import se.debattsok.index.Fields;
import se.debattsok.index.SolrCluster;

/**
 * Hits grouped by debate (or thread: the field grouped by is given) from a collection, as {@link LuceneSearch} groups them: debates in the
 * order of their first hit in the sort asked for, each with its best few speeches by score and how
 * many of its speeches match. Solr's own grouping scores with each shard's statistics, not the
 * collection's, so the debates are taken here from the ranked hits (scored as the local index
 * scores them), in three requests: the debates of the page from the hits' ids, their matching
 * speeches by score, and the stored fields of those shown.
 */
final class SolrGrouping {
  /** Hits read at a time, ids only, while the page's debates are not all found. */
  static final int CHUNK = 1_000;
  private static final int MAX_HITS_WALKED = 200_000;
  private static final int MAX_SPEECHES_COUNTED = 10_000;

  private final SolrCluster cluster;

  SolrGrouping(SolrCluster cluster) {
    this.cluster = cluster;
  }

  static SolrQuery copy(SolrQuery query) {
    SolrQuery copy = new SolrQuery();
    copy.add(query);
    return copy;
  }

  /** The first hits to read, sorted as asked: ids and debates only. */
  static void askIds(SolrQuery query, String field) {
    query.setFields(Fields.ID, field).setStart(0).setRows(CHUNK);
  }

  /**
   * The debates of the page, in order: read from the hits until offset + limit debates are found.
   *
   * @param ranked the search, sorted, as {@link #askIds} asked it; first its first answer
   */
  List<String> debates(SolrQuery ranked, QueryResponse first, int offset, int limit, String field) throws IOException {
    Set<String> debates = new LinkedHashSet<>();
    SolrDocumentList hits = first.getResults();
    int read = 0;
    while (true) {
      for (SolrDocument hit : hits) {
        debates.add((String) hit.getFieldValue(field));
      }
      read += hits.size();
      if (debates.size() >= offset + limit || hits.size() < CHUNK || read >= hits.getNumFound() || read >= MAX_HITS_WALKED) {
        break;
      }
      SolrQuery next = SolrGrouping.copy(ranked);
      next.setFacet(false).remove("facet.pivot");
      next.setStart(read);
      hits = cluster.query(next).getResults();
    }
    List<String> all = new ArrayList<>(debates);
    return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
  }

  /** The speeches of a page of debates: per debate its matches and its best few, ready to read into hits. */
  record Speeches(SolrDocumentList shown, Map<String, Long> matches, Map<String, Integer> shownPerDebate) {}

  /**
   * @param search the search without paging, facets or fields (filters included)
   */
  Speeches speeches(SolrQuery search, List<String> debates, String fields, String field) throws IOException {
    SolrQuery scored = copy(search);
    scored.addFilterQuery("{!debattsok v=$fq_debates}");
    scored.set("fq_debates", anyOf(field, debates));
    scored.setFields(Fields.ID, field, "score").setStart(0).setRows(MAX_SPEECHES_COUNTED);
    scored.set("sort", "score desc," + Fields.ID + " asc");
    Map<String, Long> matches = new HashMap<>();
    Map<String, List<String>> best = new LinkedHashMap<>();
    Map<String, Object> scores = new HashMap<>();
    debates.forEach(d -> best.put(d, new ArrayList<>()));
    for (SolrDocument hit : cluster.query(scored).getResults()) {
      String debate = (String) hit.getFieldValue(field);
      matches.merge(debate, 1L, Long::sum);
      List<String> top = best.get(debate);
      if (top != null && top.size() < LuceneSearch.SPEECHES_PER_GROUP) {
        top.add((String) hit.getFieldValue(Fields.ID));
        scores.put((String) hit.getFieldValue(Fields.ID), hit.getFieldValue("score"));
      }
    }
    List<String> ids = best.values().stream().flatMap(List::stream).toList();
    Map<String, SolrDocument> stored = new HashMap<>();
    if (!ids.isEmpty()) {
      SolrQuery byId = new SolrQuery("{!debattsok v=$shown}").setFields(fields).setRows(ids.size());
      byId.set("shown", anyOf(Fields.ID, ids)); // not "ids": Solr names the documents to fetch so
      for (SolrDocument doc : cluster.query(byId).getResults()) {
        stored.put((String) doc.getFieldValue(Fields.ID), doc);
      }
    }
    SolrDocumentList shown = new SolrDocumentList();
    Map<String, Integer> perDebate = new LinkedHashMap<>();
    best.forEach((debate, top) -> {
      perDebate.put(debate, top.size());
      for (String id : top) {
        SolrDocument doc = stored.get(id);
        doc.setField("score", scores.get(id));
        shown.add(doc);
      }
    });
    return new Speeches(shown, matches, perDebate);
  }

  /** Any of these terms, as one set (a disjunction of thousands of terms would pass Solr's clause limit). */
  static String anyOf(String field, List<String> values) {
    return Utils.toJSONString(Map.of("t", "terms", "f", field, "v", values));
  }
}
