package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.eval.Topics;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.Filters;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.Ranking;
import se.debattsok.search.SearchService;
import se.debattsok.watch.Announcement;
import se.debattsok.watch.SavedSearch;
import se.debattsok.watch.WatchStore;
import se.debattsok.watch.Watcher;

/** {@code watch add|list|remove|show}: saved searches, matched against what each {@code index} run writes. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Saves searches to be run on what each `index` run brings: new and changed documents that match",
      "come in the search's Atom feed (/feed/NAME on `serve`) and, with --email, by mail (`index --smtp`).",
      "Documents that match when the search is saved are not news; nothing is announced twice."
    },
    subcommands = {WatchCommand.Add.class, WatchCommand.Import.class, WatchCommand.ListCommand.class, WatchCommand.Remove.class,
        WatchCommand.Show.class})
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }

  /** What saving one search or a file of them shares: the options, the check, the words for what went wrong. */
  abstract static class Saving implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "Mail new matches to this address (sent by `index --smtp`).")
    String email;

    @Option(names = "--index", paramLabel = "DIR", description = "The index the searches are checked against (default: index).")
    Path index;

    @Mixin FilterOptions filterOptions;

    @Mixin BackendOptions backend;

    @Mixin WatchOptions watch;

    /** The searches to save, each named by its qid. */
    abstract List<BatchSearcher.Query> searches() throws IOException;

    /** Says that one was saved; it matches so many documents now. */
    void saved(PrintWriter out, BatchSearcher.Query search, long matchingNow) {}

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Filters filters = filterOptions.filters(err);
      if (filters == null) {
        return Main.USAGE;
      }
      List<BatchSearcher.Query> searches;
      try {
        searches = searches();
      } catch (java.nio.file.NoSuchFileException e) {
        err.println("debattsok: no such file: " + e.getFile());
        return Main.FAILURE;
      }
      int refused = 0;
      try (SearchService service = backend.open(index, err, Ranking.DEFAULT)) {
        for (BatchSearcher.Query search : searches) {
          String problem;
          try {
            long now = Watcher.check(service, watch.store(), search.text(), filters);
            watch.store().add(new SavedSearch(search.qid(), search.text(), filters, email, Instant.now()));
            saved(out, search, now);
            continue;
          } catch (QuerySyntaxException e) {
            problem = e.getMessage();
          } catch (WatchStore.Refused e) {
            problem = e.getMessage();
          }
          refused++;
          err.println("debattsok: " + (searches.size() > 1 ? "line '" + search.qid() + "': " : "") + problem);
        }
      }
      if (searches.size() > 1) {
        out.printf(Locale.ROOT, "Saved %s; %s refused.%n", Plural.count(searches.size() - refused, "search", "searches"),
            Plural.count(refused, "line"));
      }
      return refused == 0 ? Main.OK : searches.size() == 1 ? Main.USAGE : Main.FAILURE;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Saves a search under a name.")
  static final class Add extends Saving {
    @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, - and _: also the feed's address.")
    String name;

    @Parameters(index = "1..*", paramLabel = "QUERY", description = "The search, as `search` takes it.")
    List<String> words;

    @Override
    List<BatchSearcher.Query> searches() {
      return List.of(new BatchSearcher.Query(name, String.join(" ", words)));
    }

    @Override
    void saved(PrintWriter out, BatchSearcher.Query search, long matchingNow) {
      out.printf(Locale.ROOT, "Saved '%s' (%s): it matches %s now (not news); what later index runs bring "
          + "comes in /feed/%s%s.%n", search.qid(), search.text(), Plural.count(matchingNow, "document"), search.qid(),
          email == null ? "" : " and by mail to " + email);
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Saves many searches at once: one per line, NAME<TAB>QUERY (as `bulk` reads them), with the same filters.")
  static final class Import extends Saving {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    List<BatchSearcher.Query> searches() throws IOException {
      return Topics.read(file);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the saved searches.")
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WatchOptions watch;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<SavedSearch> all = watch.store().searches();
      if (all.isEmpty()) {
        out.println("No saved searches in " + watch.store().dir() + ". Save one with: debattsok watch add NAME QUERY");
      }
      for (SavedSearch s : all) {
        int announced = watch.store().announced(s.name(), Integer.MAX_VALUE).size();
        out.printf(Locale.ROOT, "%s\t%s\t%s announced%s%n", s.name(), s.query(), Plural.count(announced, "document"),
            s.email() == null ? "" : "\tmail to " + s.email());
      }
      return Main.OK;
    }
  }

  /** A command on one saved search, by name. */
  abstract static class OnOne implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Mixin WatchOptions watch;

    int noSuchSearch() {
      spec.commandLine().getErr().println("debattsok: there is no saved search called '" + name + "' (see: debattsok watch list).");
      return Main.FAILURE;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a saved search and what it announced.")
  static final class Remove extends OnOne {
    @Override
    public Integer call() throws IOException {
      if (!watch.store().remove(name)) {
        return noSuchSearch();
      }
      spec.commandLine().getOut().println("Removed '" + name + "'.");
      return Main.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows what a saved search has announced, newest first.")
  static final class Show extends OnOne {
    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (watch.store().search(name).isEmpty()) {
        return noSuchSearch();
      }
      for (Announcement a : watch.store().announced(name, Integer.MAX_VALUE)) {
        out.printf(Locale.ROOT, "%s\t%s\t%s\t%s%n", a.matched(), a.date() == null ? "" : a.date(), a.id(), a.title());
      }
      return Main.OK;
    }
  }
}
