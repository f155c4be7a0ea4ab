package se.debattsok.corpus;

import static se.debattsok.corpus.Xml.descendants;
import static se.debattsok.corpus.Xml.xmlId;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;

/**
 * Reads the Swerik project's records of the Riksdag ({@code swerik-project/riksdagen-records},
 * {@code prot-*.xml}, 1867 to today). A speech is a chain of {@code u} fragments linked by {@code
 * next}/{@code prev} (page breaks and notes cut it), so each chain is one document. Its speaker comes
 * from {@code who}, named from Swerik's person metadata where the corpus has it ({@link
 * SwerikPeople}), else from the note that introduces the speech ("Anf. 2 ANDERS ÅKESSON (C):",
 * "Herr HENMARK (fp):"). The sitting's date is the header's {@code docDate}; where a record spans
 * two days, the date notes tell which. Agenda items ("§ 8 …") are the debates, typed {@code div}s
 * in today's records, title notes in one long {@code div} in the old ones. What is not a speech
 * (announcements, letters read out, {@code who="unknown"} without a speaker) is the sitting's minutes.
 */
final class SwerikProtocolReader {
  static final String FORMAT = "Swerik protocol (riksdagen-records)";
  /** "prot-202122--113", "prot-19992000--001", "prot-1925--ak--010": the year(s), the chamber, the number. */
  private static final Pattern ID = Pattern.compile("prot-(\\d{4})(\\d{4}|\\d{2})?-{2}(?:(ak|fk)-{2})?(?:\\D[^-]*-{1,2})?0*(\\d+)(?:-.*)?");

  private final Map<Path, SwerikPeople> metadata = new ConcurrentHashMap<>();

  /** Whether a parsed TEI file is a Swerik record: its id is "prot-…" or its front matter dates it. */
  static boolean isProtocol(Element tei) {
    String id = xmlId(tei);
    return "TEI".equals(tei.getLocalName())
        && (id != null && id.startsWith("prot-") || !descendants(Xml.first(tei, "front"), "docDate").isEmpty());
  }

  Reading read(Element tei, SourceFile file) throws IOException, UnreadableFileException {
    String name = file.path().getFileName().toString();
    String sitting = xmlId(tei) != null ? xmlId(tei) : name.replaceFirst("\\.xml$", "");
    SwerikWalk walk = new SwerikWalk(sitting, file.path().toString(), dates(tei), FragmentChains.of(tei), people(file));
    walk.body(Xml.first(tei, "body"));
    List<Document> documents = new ArrayList<>(walk.speeches());
    if (!walk.sittingText.isEmpty()) {
      documents.add(new Document(sitting, Kind.MINUTES, title(sitting), walk.dates.isEmpty() ? null : walk.dates.get(0),
          walk.assembly, reference(sitting), List.of(), null, walk.sittingText, file.path().toString()));
    }
    String link = link(sitting);
    return new Reading(FORMAT, documents.stream().map(d -> d.withLink(link)).toList()); // undated sittings stay undated
  }

  /**
   * The record's page in the Swerik project's repository, the publisher's copy of the file
   * ("prot-202122--113" → {@code …/data/202122/prot-202122--113.xml}); null for an id of another shape.
   * ParlaMint-SE's sittings are made from the same records and link to them too.
   */
  static String link(String sitting) {
    Matcher m = ID.matcher(sitting);
    if (!m.matches() || !sitting.matches("[A-Za-z0-9-]+")) {
      return null;
    }
    String folder = m.group(1) + (m.group(2) == null ? "" : m.group(2));
    return "https://github.com/swerik-project/riksdagen-records/blob/main/data/" + folder + "/" + sitting + ".xml";
  }

  /** The days of the sitting, in the order of the header. */
  private static List<LocalDate> dates(Element tei) {
    List<LocalDate> dates = new ArrayList<>();
    for (Element docDate : descendants(Xml.first(tei, "front"), "docDate")) {
      LocalDate date = Text.isoDate(docDate.getAttribute("when"));
      if (date != null && !dates.contains(date)) {
        dates.add(date);
      }
    }
    return dates;
  }


  private SwerikPeople people(SourceFile file) throws IOException, UnreadableFileException {
    Path root = ParlaMintReader.corpusRoot(file);
    for (Path dir = file.path().toAbsolutePath().normalize().getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
      Path folder = SwerikPeople.metadataFolder(dir);
      if (folder != null) {
        SwerikPeople known = metadata.get(folder);
        if (known == null) {
          known = SwerikPeople.read(folder);
          metadata.put(folder, known);
        }
        return known;
      }
    }
    return SwerikPeople.NONE;
  }

  /** "prot-202122--113" → "2021/22:113"; "prot-1925--ak--010" → "AK 1925:10"; else null. */
  static String reference(String sitting) {
    Matcher m = ID.matcher(sitting);
    if (!m.matches()) {
      return null;
    }
    String year = m.group(2) == null ? m.group(1) : m.group(1) + "/" + m.group(2);
    String chamber = m.group(3) == null ? "" : m.group(3).toUpperCase(java.util.Locale.ROOT) + " ";
    return chamber + year + ":" + Integer.parseInt(m.group(4));
  }

  private static String title(String sitting) {
    String reference = reference(sitting);
    if (reference == null) {
      return "Riksdagens protokoll " + sitting;
    } else if (reference.startsWith("AK ")) {
      return "Andra kammarens protokoll " + reference.substring(3);
    } else if (reference.startsWith("FK ")) {
      return "Första kammarens protokoll " + reference.substring(3);
    }
    return "Riksdagens protokoll " + reference;
  }

  static String assembly(String sitting) {
    if (sitting.contains("--ak--")) {
      return "Riksdagen, andra kammaren";
    } else if (sitting.contains("--fk--")) {
      return "Riksdagen, första kammaren";
    }
    return "Riksdagen";
  }
}
