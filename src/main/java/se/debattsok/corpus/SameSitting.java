package se.debattsok.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ParlaMint ships each sitting several times side by side: the TEI file, its linguistically
 * annotated copy ({@code .ana.xml}), plain-text exports ({@code .txt}, {@code .ana.txt}) and, in
 * some corpora, a machine translation into English ({@code ParlaMint-ES-CT-en_…}). Read all, and
 * every speech would be found two to four times. One file of a sitting is read (the TEI file first,
 * the annotated one where it is alone); the others are passed over, each named once with the file
 * it repeats.
 */
final class SameSitting {
  private static final Pattern PARLAMINT = Pattern.compile("^(ParlaMint-[^.]*?)(\\.ana)?\\.(xml|txt)$");

  /** What a scan keeps, and what it passes over with the reason. */
  record Result(List<SourceFile> files, List<FileProblem> passedOver) {}

  private record Copy(SourceFile file, int rank, String kind) {}

  private SameSitting() {}

  static Result pick(List<SourceFile> files) {
    Map<String, List<Copy>> sittings = new LinkedHashMap<>();
    List<SourceFile> kept = new ArrayList<>();
    for (SourceFile file : files) {
      Matcher m = PARLAMINT.matcher(file.path().getFileName().toString());
      if (!m.matches() || !m.group(1).contains("_")) {
        kept.add(file); // not a sitting of a ParlaMint corpus (the corpus root and lists have no date)
        continue;
      }
      boolean translated = m.group(1).matches(".*-en_.*");
      boolean annotated = m.group(2) != null;
      boolean text = m.group(3).equals("txt");
      int rank = (translated ? 4 : 0) + (text ? 2 : 0) + (annotated ? 1 : 0);
      String kind = translated ? "its machine translation into English"
          : text ? "a plain-text export of it" : annotated ? "its linguistically annotated copy" : "a copy of it";
      Path dir = file.path().toAbsolutePath().getParent();
      String sitting = dir + "/" + m.group(1).replaceFirst("-en_", "_");
      sittings.computeIfAbsent(sitting, k -> new ArrayList<>()).add(new Copy(file, rank, kind));
    }
    List<FileProblem> passedOver = new ArrayList<>();
    for (List<Copy> copies : sittings.values()) {
      copies.sort(Comparator.comparingInt(Copy::rank));
      SourceFile read = copies.get(0).file();
      kept.add(read);
      for (Copy copy : copies.subList(1, copies.size())) {
        passedOver.add(new FileProblem(copy.file().path().toString(),
            "the same sitting as " + read.path().getFileName() + " (" + copy.kind() + "), which is read instead"));
      }
    }
    kept.sort(Comparator.comparing(f -> f.path().toString()));
    return new Result(kept, passedOver);
  }
}
