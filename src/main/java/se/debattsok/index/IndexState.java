package se.debattsok.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import se.debattsok.analysis.SwedishAnalysis;

/**
 * What an index on disk holds and whether it can be updated: written by this version (the
 * analysis and the schema it records in its commit), sound (every checksum matches), and which
 * documents each source file gave it.
 */
public final class IndexState {
  /** Raise when the fields or their types change, or what a reader makes of a file. */
  static final String SCHEMA_VERSION = "18";

  static final String USER_DATA_ANALYSIS = "analysis";
  static final String USER_DATA_SCHEMA = "schema";
  /** The fingerprint of the files the corpus's other files were read with ({@link #contextOf}). */
  static final String USER_DATA_CONTEXT = "context";

  private IndexState() {}

  /** A source file in the index: its size and modification time when read, and the ids it gave. */
  record Indexed(String fingerprint, List<String> ids) {}

  /**
   * Whether an index exists but was written by another version of the analysis or the fields, so
   * that searching it would miss what this version indexes (compound heads, debates): re-indexing
   * rebuilds it.
   */
  public static boolean isOutdated(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return false;
      }
      // The commit's own file says it: the segments need not be opened, and a search opens them next.
      return !isCurrent(SegmentInfos.readLatestCommit(dir).getUserData());
    }
  }

  static boolean isCurrent(Map<String, String> userData) {
    return SwedishAnalysis.VERSION.equals(userData.get(USER_DATA_ANALYSIS))
        && SCHEMA_VERSION.equals(userData.get(USER_DATA_SCHEMA));
  }

  /**
   * What the index holds, by source file ({@code files}); null files when there is no index, it was
   * written with other analysis or fields, or it is damaged, so that it must be rebuilt.
   *
   * @param damage what is wrong with a damaged index, or null
   * @param context the {@link #contextOf} the index was written with; "" when none
   */
  record Existing(Map<String, Indexed> files, String damage, String context) {
    Existing(Map<String, Indexed> files, String damage) {
      this(files, damage, "");
    }
  }

  /**
   * One string that changes whenever one of these files does (its path, size or time): the lists
   * of people and parties the sittings are read with. "" for none.
   */
  static String contextOf(List<Path> files) {
    if (files.isEmpty()) {
      return "";
    }
    StringBuilder all = new StringBuilder();
    for (Path file : files.stream().map(f -> f.toAbsolutePath().normalize()).sorted().toList()) {
      String stamp;
      try {
        var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        stamp = attrs.size() + ":" + attrs.lastModifiedTime().toMillis();
      } catch (IOException e) {
        stamp = "unreadable"; // read again next time, when it may be readable
      }
      all.append(file).append('=').append(stamp).append('\n');
    }
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static Existing readExisting(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return new Existing(null, null);
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      if (!isCurrent(reader.getIndexCommit().getUserData())) {
        return new Existing(null, null);
      }
      try {
        // Every file's checksum: a damaged block would otherwise stay in the index through every
        // update, its documents silently wrong or missing.
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
      } catch (CorruptIndexException | java.io.EOFException e) {
        return new Existing(null, damage(e));
      }
      Map<String, Indexed> existing = new HashMap<>();
      Set<String> wantedFields = Set.of(Fields.SOURCE, Fields.FINGERPRINT, Fields.ID);
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            var fields = stored.document(doc, wantedFields);
            existing
                .computeIfAbsent(fields.get(Fields.SOURCE), k -> new Indexed(fields.get(Fields.FINGERPRINT), new ArrayList<>()))
                .ids()
                .add(fields.get(Fields.ID));
          }
        }
      }
      String context = reader.getIndexCommit().getUserData().get(USER_DATA_CONTEXT);
      return new Existing(existing, null, context == null ? "" : context);
    }
  }

  /** "a checksum does not match in _0.cfs": what a user can read of Lucene's message. */
  public static String damage(IOException e) {
    java.util.regex.Matcher file = java.util.regex.Pattern.compile("path=\"([^\"]+)\"").matcher(String.valueOf(e.getMessage()));
    String where = file.find() ? " in " + Path.of(file.group(1)).getFileName() : "";
    return e.getMessage() != null && e.getMessage().contains("checksum")
        ? "a checksum does not match" + where
        : "a file is cut short or unreadable" + where;
  }
}
