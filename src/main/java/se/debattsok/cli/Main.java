package se.debattsok.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code debattsok} command. {@link #run} takes its output writers and returns the exit code,
 * so tests drive it without a subprocess: 0 success, 1 failure, 2 a usage or query mistake.
 */
@Command(
    name = "debattsok",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Full-text search over Swedish council and parliament debates.")
public final class Main implements Runnable {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  /**
   * Lucene logs a suggestion to enable the incubating vector module at every start; it is a tuning
   * hint for vector search, which Debattsök does not do, not something a user can act on. Held in a
   * field because java.util.logging forgets the level of a logger nobody references.
   */
  private static final Logger VECTORIZATION_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");
  /** PDFBox logs every oddity of a PDF it still reads fine; a file it cannot read is reported by us. */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    VECTORIZATION_LOG.setLevel(Level.SEVERE);
    PDFBOX_LOG.setLevel(Level.SEVERE);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The subcommands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(IndexCommand.class, SearchCommand.class, BulkCommand.class,
      ServeCommand.class, EvalCommand.class, ExportCommand.class, InspectCommand.class, WordsCommand.class,
      FetchCommand.class, SolrCommand.class, WatchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class);

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    for (Class<?> command : commandsFor(args)) {
      cli.addSubcommand(command);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          // One line a user can act on; the stack trace only when asked for.
          err.println("debattsok: " + describe(e));
          if (System.getenv("DEBATTSOK_DEBUG") != null) {
            e.printStackTrace(err);
          }
          return FAILURE;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // An Error passes picocli's handler for exceptions by: one line for it too, no stack trace.
      err.println("debattsok: " + describe(e));
      code = FAILURE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The subcommands a command line needs: the one it names, else all of them (for the usage, help
   * and "Did you mean"). Picocli reads a command's options by reflection when it is added, which a
   * fresh JVM does slowly, and each {@code search} would wait for all of them (docs/benchmark.md).
   */
  static List<Class<?>> commandsFor(String[] args) {
    for (Class<?> command : COMMANDS) {
      if (args.length > 0 && command != CommandLine.HelpCommand.class
          && command.getAnnotation(Command.class).name().equals(args[0])) {
        return List.of(command);
      }
    }
    return COMMANDS;
  }

  static String describe(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return "out of memory (" + (cause.getMessage() == null ? "Java heap space" : cause.getMessage())
            + "). Give Java more, as in JAVA_TOOL_OPTIONS=-Xmx8g ./debattsok …; an index being built is left as it was.";
      }
    }
    String message = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + message;
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + message;
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"debattsok " + (version == null ? "(development build)" : version)};
    }
  }
}
