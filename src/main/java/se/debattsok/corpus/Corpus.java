package se.debattsok.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.debattsok.model.Document;

/**
 * Finds the documents in corpus folders and picks the reader for each by its file type. Hidden
 * files and a folder's own README or SOURCE notes are not documents and are passed over.
 */
public final class Corpus {
  private static final DocumentReader XML = new XmlReader();
  private static final DocumentReader PLAIN = new PlainTextReader();
  private static final DocumentReader PDF = new PdfReader();
  private static final DocumentReader SPEECHES = new RiksdagSpeechReader();
  private static final DocumentReader JSON_LINES = new JsonLinesReader();
  private static final Map<String, DocumentReader> READERS =
      Map.of("xml", XML, "txt", PLAIN, "md", PLAIN, "pdf", PDF, "json", SPEECHES, "jsonl", JSON_LINES);

  /**
   * What a walk over the corpus folders found.
   *
   * @param passedOver files left unread because another file holds the same documents (a ParlaMint
   *     sitting's annotated copy beside it), each with the file it repeats: not problems
   * @param context the files other files are read with ({@link #isContext}), in walk order
   */
  public record Scan(List<SourceFile> files, List<FileProblem> problems, int unsupported, List<FileProblem> passedOver,
      List<Path> context) {}

  /** ParlaMint's corpus root files, which may hold the lists of people and parties: ParlaMint-ES-CT.xml. */
  private static final Pattern PARLAMINT_ROOT =
      Pattern.compile("ParlaMint-[A-Za-z]{2}(-[A-Za-z]{2})?(\\.ana)?\\.xml");
  /** The files of Swerik's person metadata that {@code SwerikPeople} reads. */
  private static final Set<String> SWERIK_METADATA =
      Set.of("name.csv", "party_affiliation.csv", "party_abbreviation.csv");

  /**
   * Whether other files are read with this one: ParlaMint's lists of people and parties (their own
   * files, or the corpus root file) and Swerik's person metadata. A change to one changes what the
   * sittings read with it say (a speaker's name or party), though the sittings' files are unchanged.
   */
  public static boolean isContext(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith("listPerson.xml") || name.endsWith("listOrg.xml") || PARLAMINT_ROOT.matcher(name).matches()
        || SWERIK_METADATA.contains(name);
  }

  /**
   * The documents of one file, or the problem that kept it from giving any.
   *
   * @param format the format the file was read as, or null when it could not be read
   * @param readerWarnings what the reader could not read in full (a PDF's unmapped characters)
   */
  public record Read(String format, List<Document> documents, FileProblem problem, List<Warning> readerWarnings) {

    /** What the file's documents lack, and what the reader could not read, tallied ({@link Warning#any}). */
    public List<Warning> warnings() {
      return warnings(documents);
    }

    /** The same for those of the documents that are kept (not read already from another file). */
    public List<Warning> warnings(List<Document> kept) {
      List<Warning> all = new ArrayList<>(readerWarnings);
      all.addAll(Warning.tally(kept));
      return List.copyOf(all);
    }
  }

  private Corpus() {}

  /** The file types that can be indexed, for help texts. */
  public static List<String> supportedExtensions() {
    return READERS.keySet().stream().sorted().toList();
  }

  public static Optional<DocumentReader> readerFor(SourceFile file) {
    return Optional.ofNullable(READERS.get(file.extension()));
  }

  /**
   * Reads a file found by {@link #scan}. Every failure becomes a problem to report, never an
   * exception: one bad file must not stop a run over thousands.
   */
  public static Read read(SourceFile file) {
    String path = file.path().toString();
    try {
      Reading reading = readerFor(file).orElseThrow().read(file);
      return new Read(reading.format(), reading.documents(), null, reading.warnings());
    } catch (UnreadableFileException e) {
      return unread(new FileProblem(path, e.getMessage()));
    } catch (IOException e) {
      return unread(new FileProblem(path, describe(e)));
    } catch (RuntimeException e) {
      // A reader bug is reported like any unreadable file.
      return unread(new FileProblem(path, "could not be read: " + e));
    }
  }

  private static Read unread(FileProblem problem) {
    return new Read(null, List.of(), problem, List.of());
  }

  /**
   * Walks each folder (following links; a link loop is reported, not followed). A folder that is
   * missing or unreadable is a problem of the scan, not an exception, so the other folders still count.
   */
  public static Scan scan(List<Path> roots) {
    List<SourceFile> files = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    List<Path> context = new ArrayList<>();
    int[] unsupported = {0};
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        problems.add(new FileProblem(root.toString(), Files.exists(root) ? "not a folder" : "no such folder"));
        continue;
      }
      try {
        Files.walkFileTree(
            root,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                  // Links are followed, so one still seen as a link points nowhere.
                  problems.add(new FileProblem(file.toString(), "broken link (what it points to does not exist)"));
                } else if (attrs.isRegularFile() && !isNote(file)) {
                  if (isContext(file)) {
                    context.add(file);
                  }
                  SourceFile source = new SourceFile(file, relative(root, file));
                  if (readerFor(source).isPresent()) {
                    files.add(source);
                  } else {
                    unsupported[0]++;
                  }
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new FileProblem(file.toString(), describe(e)));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        problems.add(new FileProblem(root.toString(), describe(e)));
      }
    }
    SameSitting.Result picked = SameSitting.pick(files);
    return new Scan(picked.files(), problems, unsupported[0], picked.passedOver(), context);
  }

  /** Hidden files, README.* and SOURCE(S).* describe a corpus; they are not part of it. */
  private static boolean isNote(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".") || lower.startsWith("readme.") || lower.startsWith("source.") || lower.startsWith("sources.");
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** A short, readable reason for an I/O failure. */
  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NoSuchFileException) {
      return "no such file (a broken link, or removed while indexing)";
    } else if (e instanceof FileSystemLoopException) {
      return "link loop (a folder links back to itself)";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
