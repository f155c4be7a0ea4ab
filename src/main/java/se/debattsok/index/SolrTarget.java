package se.debattsok.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.model.Document;

/**
 * A SolrCloud collection as an index run's target. Each document's stored fingerprint carries the
 * analysis, the schema and the context it was read with ("size:time|analysis/schema|context"), since
 * a collection has no commit data of its own: a change of any of them reads the files again, as
 * for a local index. Documents go in batches, each retried while the cluster elects a new leader
 * for a node that went away; the run's end commits. Unlike a local index, what a failed run sent
 * stays: the next run reads the files it did not finish again.
 */
final class SolrTarget implements IndexTarget<SolrInputDocument> {
  private static final int BATCH_DOCUMENTS = 250;
  private static final long BATCH_CHARS = 8L << 20;
  private static final int TRIES = 6;
  private static final String VERSIONS = SwedishAnalysis.VERSION + "/" + IndexState.SCHEMA_VERSION;

  private final SolrCluster cluster;
  private final IndexState.Existing existing;
  private final List<SolrInputDocument> batch = new ArrayList<>();
  private final List<String> deletions = new ArrayList<>();
  private long batchChars;
  private String context = "";

  private SolrTarget(SolrCluster cluster, IndexState.Existing existing) {
    this.cluster = cluster;
    this.existing = existing;
  }

  /** Reads what the collection holds; an outdated collection is emptied, to be filled again. */
  static SolrTarget open(SolrCluster cluster, Indexer.Listener listener) throws IOException {
    Map<String, IndexState.Indexed> files = new HashMap<>();
    Set<String> contexts = new HashSet<>();
    boolean outdated = false;
    SolrQuery query = new SolrQuery("*:*").setFields(Fields.ID, Fields.SOURCE, Fields.FINGERPRINT).setRows(5000)
        .setSort(Fields.ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = request(cluster, () -> cluster.client().query(cluster.collection(), query));
      for (SolrDocument doc : page.getResults()) {
        String[] stamp = String.valueOf(doc.getFieldValue(Fields.FINGERPRINT)).split("\\|", 3);
        outdated |= stamp.length < 3 || !stamp[1].equals(VERSIONS);
        contexts.add(stamp.length < 3 ? "" : stamp[2]);
        files.computeIfAbsent((String) doc.getFieldValue(Fields.SOURCE), k -> new IndexState.Indexed(stamp[0], new ArrayList<>()))
            .ids().add((String) doc.getFieldValue(Fields.ID));
      }
      if (cursor.equals(page.getNextCursorMark())) {
        break;
      }
      cursor = page.getNextCursorMark();
    }
    SolrTarget target;
    if (outdated) {
      request(cluster, () -> cluster.client().deleteByQuery(cluster.collection(), "*:*"));
      target = new SolrTarget(cluster, new IndexState.Existing(null, null));
    } else if (files.isEmpty()) {
      target = new SolrTarget(cluster, new IndexState.Existing(null, null)); // built from nothing
    } else {
      target = new SolrTarget(cluster, new IndexState.Existing(files, null, contexts.size() == 1 ? contexts.iterator().next() : ""));
    }
    return target;
  }

  @Override
  public IndexState.Existing existing() {
    return existing;
  }

  @Override
  public void begin(String context) {
    this.context = context;
  }

  @Override
  public SolrInputDocument prepare(Document doc, String fingerprint) {
    return SolrDocuments.of(doc, fingerprint + "|" + VERSIONS + "|" + context);
  }

  @Override
  public void replace(String source, List<SolrInputDocument> docs, IndexState.Indexed old) throws IOException {
    // An id of the file's that a later piece brings again is deleted here and added after: a
    // flush sends the deletions before the documents.
    Set<String> kept = new HashSet<>();
    docs.forEach(doc -> kept.add((String) doc.getFieldValue(Fields.ID)));
    if (old != null) {
      old.ids().stream().filter(id -> !kept.contains(id)).forEach(deletions::add);
    }
    add(docs);
  }

  @Override
  public void add(List<SolrInputDocument> docs) throws IOException {
    for (SolrInputDocument doc : docs) {
      batch.add(doc);
      for (Object paragraph : doc.getFieldValues(Fields.TEXT) == null ? List.of() : doc.getFieldValues(Fields.TEXT)) {
        batchChars += paragraph.toString().length();
      }
    }
    if (batch.size() >= BATCH_DOCUMENTS || batchChars >= BATCH_CHARS || deletions.size() >= BATCH_DOCUMENTS) {
      flush();
    }
  }

  private void flush() throws IOException {
    if (!deletions.isEmpty()) {
      List<String> ids = List.copyOf(deletions);
      request(cluster, () -> cluster.client().deleteById(cluster.collection(), ids));
      deletions.clear();
    }
    if (!batch.isEmpty()) {
      List<SolrInputDocument> docs = List.copyOf(batch);
      request(cluster, () -> cluster.client().add(cluster.collection(), docs));
      batch.clear();
      batchChars = 0;
    }
  }

  @Override
  public void commit() throws IOException {
    flush();
    request(cluster, () -> cluster.client().commit(cluster.collection(), true, true));
  }

  @Override
  public void rollback() {
    batch.clear(); // what was sent stays: a collection has no rollback
    deletions.clear();
  }

  @Override
  public int documents() throws IOException {
    SolrQuery count = new SolrQuery("*:*").setRows(0);
    return (int) request(cluster, () -> cluster.client().query(cluster.collection(), count)).getResults().getNumFound();
  }

  @Override
  public void close() {}

  private interface Call<R> {
    R call() throws SolrServerException, IOException;
  }

  /**
   * One request, tried again after 1, 2, 4, 8 and 16 s where the cluster fails it: a node that went
   * away takes the cluster some seconds to replace as leader. A request Solr refuses as wrong (4xx)
   * fails at once.
   */
  private static <R> R request(SolrCluster cluster, Call<R> call) throws IOException {
    Exception last = null;
    for (int attempt = 0; attempt < TRIES; attempt++) {
      try {
        return call.call();
      } catch (SolrServerException | IOException | RuntimeException e) {
        last = e;
        if (e instanceof SolrException refused && refused.code() >= 400 && refused.code() < 500) {
          break; // the request itself is wrong (no such collection, a field the schema lacks): no retry mends it
        }
        if (attempt + 1 < TRIES) {
          try {
            Thread.sleep(1000L << attempt);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Solr was retried", interrupted);
          }
        }
      }
    }
    throw new IOException(cluster.failure(last), last);
  }
}
