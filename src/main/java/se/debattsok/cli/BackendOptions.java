package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import se.debattsok.index.SolrCluster;
import se.debattsok.search.Ranking;
import se.debattsok.search.SearchService;

/**
 * What a command searches: the local index (--index, or index/ built from corpus/ on first use), or
 * a SolrCloud collection (--solr). The commands do not otherwise know which.
 */
final class BackendOptions {
  @Option(names = "--solr", paramLabel = "ADDRESS",
      description = "Use a SolrCloud collection instead of a local index: ZooKeeper's host:port[/chroot], or a Solr node's http://host:8983/solr.")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "The Solr collection (default: debattsok).")
  String collection = "debattsok";

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  boolean isSolr() {
    return solr != null;
  }

  /**
   * The collection named by --solr and --collection.
   *
   * @throws CommandLine.ParameterException for an address or name that cannot be one (exit status 2)
   */
  SolrCluster cluster() {
    try {
      return SolrCluster.of(solr, collection);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "debattsok: " + e.getMessage());
    }
  }

  /** Opens what is searched; a local index is checked for damage first. */
  SearchService open(Path index, PrintWriter err, Ranking ranking) throws IOException {
    return open(index, err, ranking, SearchService.DEFAULT_TIME_LIMIT);
  }

  /** The same with another time limit per query. */
  SearchService open(Path index, PrintWriter err, Ranking ranking, Duration timeLimit) throws IOException {
    if (isSolr()) {
      return SearchService.open(cluster(), timeLimit, ranking);
    }
    return DefaultIndex.openVerified(DefaultIndex.resolve(index, err), ranking, timeLimit);
  }

  /** What is searched, in words: "index/" or "collection debattsok at zk:2181". */
  String describe(Path index) {
    return isSolr() ? "collection " + collection + " at " + solr : String.valueOf(index == null ? DefaultIndex.INDEX : index);
  }
}
