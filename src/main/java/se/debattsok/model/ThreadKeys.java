package se.debattsok.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ties a question to its answer and the debate it started, read from what the documents
 * themselves say: the Riksdag's number of an interpellation or a written question ("2021/22:439"),
 * which the question carries as its reference and the debate names in its title ("Svar på
 * interpellation 2021/22:439 om …", "Svar på interpellationerna 2004/05:462, 463 och 467 om …"),
 * and a council's case number (Dnr "KS 2024/142"), which a question, its answer and the minutes'
 * item share. Documents with a key in common are one thread.
 *
 * <p>A key is the organisation (the assembly up to its first comma: "Stockholms stad" for both
 * its council and its executive committee) and the number: "riksdagen|ip 2021/22:439",
 * "stockholms stad|dnr ks 2024/142". A sitting's protocol number ("2021/22:113") is no key: every
 * speech of the sitting has it.
 */
public final class ThreadKeys {
  /** A riksmöte ("2021/22", "1999/2000") and a number in it. */
  private static final String NUMBER = "\\d{4}/(?:\\d{2}|\\d{4}):\\d+";
  /**
   * "interpellation 2021/22:439", "interpellationerna 2004/05:462, 463 och 467", "fråga
   * 2021/22:1234": the word, then numbers, later ones short for the same riksmöte.
   */
  private static final Pattern NAMED = Pattern.compile(
      "(?iu)\\b(interpellation(?:en|er|erna)?|(?:skriftlig(?:a)?\\s+)?fråg(?:a|an|or|orna))\\s+(" + NUMBER
          + "(?:\\s*(?:,|och|samt)\\s*(?:" + NUMBER + "|\\d+))*)");
  private static final Pattern ONE_NUMBER = Pattern.compile("(\\d{4}/(?:\\d{2}|\\d{4})):(\\d+)|\\b(\\d+)\\b");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
  private static final Pattern REFERENCE_NUMBER = Pattern.compile("^(\\d{4}/(?:\\d{2}|\\d{4})):0*(\\d+)$");
  /** "Dnr KS 2024/142", "KS 2024/142", "KF/2006.203", "Dnr 2024/142": a label or letters, then year and number. */
  private static final Pattern DNR_LABEL = Pattern.compile("(?iu)^(?:dnr|diarienummer|diarienr)\\.?\\s*:?\\s*(.+)$");
  private static final Pattern DNR = Pattern.compile("(?iu)^([\\p{L}]{1,10})?[\\s/.-]*(\\d{2,4}[/.:-]\\d+(?:[/.:-]\\d+)*)$");

  /** The kinds of key, as a thread says how its documents are linked. */
  public static final String QUESTION = "ip";
  public static final String WRITTEN_QUESTION = "fr";
  public static final String CASE = "dnr";

  private ThreadKeys() {}

  /** The keys of a document: none for most documents, one for a question or its answer, several for a joint debate. */
  public static List<String> of(Document doc) {
    return of(doc.kind(), doc.assembly(), doc.reference(), doc.title(), doc.debate() == null ? null : doc.debate().title());
  }

  /**
   * The same from the parts a hit carries.
   *
   * @param kind the document's kind
   * @param reference its reference as written, several joined by {@link Document#REFERENCE_SEPARATOR}
   * @param debateTitle for a speech, its debate's title; else null
   */
  public static List<String> of(Kind kind, String assembly, String reference, String title, String debateTitle) {
    String organisation = organisation(assembly);
    Set<String> keys = new LinkedHashSet<>();
    if (reference != null) {
      for (String part : Document.REFERENCE_PARTS.split(reference)) {
        Matcher number = REFERENCE_NUMBER.matcher(part.strip());
        if (number.matches()) {
          if (kind == Kind.INTERPELLATION) {
            keys.add(organisation + "|" + QUESTION + " " + number.group(1) + ":" + number.group(2));
          }
          continue; // the number of a sitting, a motion or a report ties nothing together
        }
        String dnr = caseNumber(part);
        if (dnr != null) {
          keys.add(organisation + "|" + CASE + " " + dnr);
        }
      }
    }
    named(organisation, title, keys);
    named(organisation, debateTitle, keys);
    return List.copyOf(keys);
  }

  /** The kind of link a key makes: {@link #QUESTION}, {@link #WRITTEN_QUESTION} or {@link #CASE}. */
  public static String kindOf(String key) {
    String number = key.substring(key.indexOf('|') + 1);
    return number.substring(0, number.indexOf(' '));
  }

  /** "Stockholms stad, kommunfullmäktige" → "stockholms stad": case numbers are the municipality's. */
  public static String organisation(String assembly) {
    if (assembly == null) {
      return "";
    }
    int comma = assembly.indexOf(',');
    return (comma < 0 ? assembly : assembly.substring(0, comma)).strip().toLowerCase(Locale.ROOT);
  }

  /** A case number in one normal form ("ks 2024/142"), or null when the part is none. */
  static String caseNumber(String part) {
    String text = part.strip();
    Matcher labelled = DNR_LABEL.matcher(text);
    boolean hasLabel = labelled.matches();
    if (hasLabel) {
      text = labelled.group(1).strip();
    }
    Matcher dnr = DNR.matcher(text);
    if (!dnr.matches() || (dnr.group(1) == null && !hasLabel)) {
      return null; // bare numbers without a label are a sitting's or a report's
    }
    String letters = dnr.group(1) == null ? "" : dnr.group(1).toLowerCase(Locale.ROOT) + " ";
    return letters + dnr.group(2);
  }

  private static void named(String organisation, String title, Set<String> keys) {
    if (title == null) {
      return;
    }
    Matcher named = NAMED.matcher(title);
    while (named.find()) {
      String kind = named.group(1).toLowerCase(Locale.ROOT).startsWith("interpellation") ? QUESTION : WRITTEN_QUESTION;
      String riksmote = null;
      Matcher number = ONE_NUMBER.matcher(named.group(2));
      while (number.find()) {
        if (number.group(1) != null) {
          riksmote = number.group(1);
          keys.add(organisation + "|" + kind + " " + riksmote + ":" + withoutZeros(number.group(2)));
        } else if (riksmote != null) {
          keys.add(organisation + "|" + kind + " " + riksmote + ":" + withoutZeros(number.group(3)));
        }
      }
    }
  }

  private static String withoutZeros(String digits) {
    return LEADING_ZEROS.matcher(digits).replaceFirst("");
  }
}
