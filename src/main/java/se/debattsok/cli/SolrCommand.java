package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.debattsok.index.SolrCluster;

/** {@code debattsok solr push}: sets up a SolrCloud collection for Debattsök's index. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "Sets up a SolrCloud collection to index into and search (see docs/solr.md).",
    subcommands = {SolrCommand.Push.class})
final class SolrCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "push",
      mixinStandardHelpOptions = true,
      description = {
        "Uploads Debattsök's configset to ZooKeeper and creates the collection (or reloads one that exists).",
        "Every Solr node needs the plugin jar, solr/target/debattsok-solr.jar, in its lib/ folder."
      })
  static final class Push implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = {"--zk", "--solr"}, required = true, paramLabel = "HOST:PORT[/chroot]", description = "ZooKeeper's address.")
    String zk;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection (default: debattsok).")
    String collection = "debattsok";

    @Option(names = "--shards", paramLabel = "N", description = "Shards of a new collection (default: 1).")
    int shards = 1;

    @Option(names = "--replicas", paramLabel = "R", description = "Replicas of each shard (default: 1).")
    int replicas = 1;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (shards < 1 || replicas < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "debattsok: --shards and --replicas are 1 or more.");
      }
      SolrCluster cluster;
      try {
        cluster = SolrCluster.of(zk, collection);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "debattsok: " + e.getMessage());
      }
      try (cluster) {
        SolrCluster.Pushed pushed = cluster.push(shards, replicas);
        out.println(pushed.created()
            ? String.format(Locale.ROOT, "Created collection %s (%s × %s) with Debattsök's configset at %s.", collection,
                Plural.count(shards, "shard"), Plural.count(replicas, "replica"), zk)
            : String.format(Locale.ROOT, "Collection %s exists: uploaded Debattsök's configset and reloaded it (%s).",
                collection, zk));
        return Main.OK;
      }
    }
  }
}
