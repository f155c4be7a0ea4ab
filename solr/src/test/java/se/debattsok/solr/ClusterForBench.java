package se.debattsok.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: bench/solr.sh starts it to hold a 2-node cluster (embedded ZooKeeper) for as long as
 * it measures. It writes ZooKeeper's address to FOLDER/zk and stops when FOLDER/stop appears.
 */
class ClusterForBench {
  @Test
  @EnabledIfSystemProperty(named = "debattsok.cluster.dir", matches = ".+")
  void holdAClusterUntilTold() throws Exception {
    Path folder = Path.of(System.getProperty("debattsok.cluster.dir"));
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, folder.resolve("cluster")).build();
    try {
      Files.writeString(folder.resolve("zk"), cluster.getZkServer().getZkAddress(), StandardCharsets.UTF_8);
      while (!Files.exists(folder.resolve("stop"))) {
        Thread.sleep(500);
      }
    } finally {
      cluster.shutdown();
    }
  }
}
