package se.debattsok.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;

/**
 * A SolrCloud collection that holds Debattsök's index: its address, a client for it, and setting it
 * up from the configset the engine ships (src/main/resources/solr/configset). The address is
 * ZooKeeper's ({@code host:port[,host:port…][/chroot]}) or one or more Solr nodes' URLs
 * ({@code http://host:8983/solr}, comma-separated).
 */
public final class SolrCluster implements Closeable {
  /** The configset's files, in the jar. */
  static final List<String> CONFIGSET = List.of("schema.xml", "solrconfig.xml");

  private static final Pattern ZK_HOST = Pattern.compile("[\\w.\\-]+:\\d{1,5}");

  private final String address;
  private final String collection;
  private final CloudSolrClient client;

  private SolrCluster(String address, String collection, CloudSolrClient client) {
    this.address = address;
    this.collection = collection;
    this.client = client;
  }

  /**
   * A client of the collection at this address; connects on first use.
   *
   * @throws IllegalArgumentException for an address that is neither ZooKeeper's nor a URL, or a bad name
   */
  public static SolrCluster of(String address, String collection) {
    if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*")) {
      throw new IllegalArgumentException("a collection name is letters, digits, '_', '-' and '.', not '" + collection + "'");
    }
    String spec = address == null ? "" : address.strip();
    HttpJdkSolrClient.Builder http = new HttpJdkSolrClient.Builder()
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withIdleTimeout(120, TimeUnit.SECONDS);
    CloudSolrClient.Builder builder;
    if (isUrl(spec)) {
      List<String> urls = Arrays.stream(spec.split(",")).map(String::strip).toList();
      builder = new CloudSolrClient.Builder(urls);
    } else {
      Zk zk = Zk.parse(spec);
      builder = new CloudSolrClient.Builder(zk.hosts(), Optional.ofNullable(zk.chroot()))
          .withZkConnectTimeout(15, TimeUnit.SECONDS)
          .withZkClientTimeout(30, TimeUnit.SECONDS);
    }
    CloudSolrClient client = builder.withInternalClientBuilder(http).withDefaultCollection(collection).build();
    return new SolrCluster(spec, collection, client);
  }

  private static boolean isUrl(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** ZooKeeper's hosts and the cluster's folder in it. */
  private record Zk(List<String> hosts, String chroot) {
    static Zk parse(String spec) {
      int slash = spec.indexOf('/');
      String hosts = slash < 0 ? spec : spec.substring(0, slash);
      String chroot = slash < 0 || slash == spec.length() - 1 ? null : spec.substring(slash);
      List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).toList();
      if (list.isEmpty() || !list.stream().allMatch(h -> ZK_HOST.matcher(h).matches())) {
        throw new IllegalArgumentException("a Solr address is ZooKeeper's host:port[,host:port…][/chroot] or a node's "
            + "http://host:port/solr, not '" + spec + "'");
      }
      return new Zk(list, chroot);
    }

    String connectString() {
      return String.join(",", hosts) + (chroot == null ? "" : chroot);
    }
  }

  public String address() {
    return address;
  }

  public String collection() {
    return collection;
  }

  public CloudSolrClient client() {
    return client;
  }

  /**
   * One request to the collection, sent as a POST (a planned query may be long).
   *
   * @throws IOException naming the cluster and what Solr said, when it fails
   */
  public QueryResponse query(SolrQuery query) throws IOException {
    try {
      return client.query(collection, query, SolrRequest.METHOD.POST);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException(failure(e), e);
    }
  }

  /** What failed, in one line: where, and what Solr said; how to create a collection that is missing. */
  String failure(Exception e) {
    String said = String.valueOf(e.getMessage());
    String hint = said.contains("Collection not found")
        ? "; create it with 'debattsok solr push --zk … --collection " + collection + "'"
        : "";
    return "Solr at " + address + " (collection " + collection + "): " + said + hint;
  }

  /** What a {@link #push} did. */
  public record Pushed(boolean created, int shards, int replicas) {}

  /**
   * Uploads the configset (named as the collection) to ZooKeeper and creates the collection with
   * these shards and replicas of each; a collection that exists is reloaded with the new configset.
   */
  public Pushed push(int shards, int replicas) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("shards and replicas are 1 or more");
    }
    if (isUrl(address)) {
      throw new IllegalArgumentException("solr push writes the configset to ZooKeeper: give ZooKeeper's address (--zk host:port)");
    }
    Path dir = Files.createTempDirectory("debattsok-configset");
    try (SolrZkClient zk = new SolrZkClient.Builder().withUrl(Zk.parse(address).connectString())
        .withTimeout(30, TimeUnit.SECONDS).withConnTimeOut(15, TimeUnit.SECONDS).build()) {
      for (String name : CONFIGSET) {
        try (InputStream in = SolrCluster.class.getResourceAsStream("/solr/configset/" + name)) {
          Files.copy(in, dir.resolve(name));
        }
      }
      ZkMaintenanceUtils.uploadToZK(zk, dir, "/configs/" + collection, null);
      boolean exists = CollectionAdminRequest.listCollections(client).contains(collection);
      if (exists) {
        CollectionAdminRequest.reloadCollection(collection).process(client);
      } else {
        CollectionAdminRequest.createCollection(collection, collection, shards, replicas).process(client);
      }
      return new Pushed(!exists, shards, replicas);
    } catch (SolrServerException e) {
      throw new IOException("Solr at " + address + ": " + e.getMessage(), e);
    } finally {
      for (String name : CONFIGSET) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.deleteIfExists(dir);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
