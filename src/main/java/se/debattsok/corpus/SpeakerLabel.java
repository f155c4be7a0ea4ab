package se.debattsok.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker as the Swedish records label one: the note before a speech ("Anf. 1 Klimat- och
 * miljöminister ANNIKA STRANDHÄLL (S):", "Herr HENMARK (fp):", "Herr Spångberg:") or the Riksdag's
 * "talare" ("Kultur- och demokratiministern Amanda Lind"). Offices of any length stay out of the
 * name, so that one person is one person whatever office the label gives.
 *
 * @param office the office or form of address before the name, or null
 * @param name the name in ordinary case ("Annika Strandhäll", "Nilsson i Kalmar"), or null when the
 *     label names an office only ("Talmannen", "Andre vice talmannen")
 * @param party the party as written in brackets, or null
 * @param chair whether the label is the chair of the sitting (the Speaker, a deputy, the chair)
 */
public record SpeakerLabel(String office, String name, String party, boolean chair) {
  private static final Pattern NUMBER = Pattern.compile("^(?:Anf(?:\\.|örande)(?:\\s+nr)?\\s*\\d+\\s*(?:\\([^)]*\\)\\s*)?)");
  private static final Pattern PARTY = Pattern.compile("\\s*\\(([^()]{1,20})\\)\\s*$");
  /** Forms of address: a name after one of them is the speaker ("Ang. ändring Herr Laurin" is a margin note run in). */
  private static final Pattern ADDRESS = Pattern.compile("(?:^|(?<=\\s))(?:Herr|Hr\\.?|Fru|Fröken|Frk\\.)(?=\\s|$)");
  /** Capitalised words that are offices, not names: "Statsrådet", "Borgarrådet", "Statsministern". */
  private static final Pattern OFFICE_WORD = Pattern.compile(
      "(?iu)\\p{L}*(?:minister|ministern|ministers|råd|rådet|talman|talmannen|president|presidenten|ordförande"
          + "|ordföranden|sekreterare|sekreteraren|direktör|direktören|ombudsman|ombudsmannen|kommissionär|kommissionären"
          + "|förste|andre|tredje|fjärde|vice|biträdande|tf\\.?|herr|hr\\.?|fru|fröken|frk\\.)");
  private static final Pattern CHAIR = Pattern.compile("(?iu)(?:^|[\\s-])(?:talman|talmannen|ålderspresident|ålderspresidenten|ordföranden)$");
  /** A word of a name in ordinary case: "Åkesson", "Hjelm-Wallén", "O'Brien", an initial "B.". */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’]*\\.?(?:-\\p{Lu}[\\p{Ll}'’]*)*");
  /** A word of a name in capitals, as the minutes print it: "ÅKESSON", "ULLA-BRITT". */
  private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})*|\\p{Lu}\\.");
  private static final List<String> PARTICLES = List.of("von", "af", "de", "van", "der", "den", "du", "la", "le", "di", "da");

  /** Reads a label; never null, though its name may be. */
  public static SpeakerLabel parse(String label) {
    String s = Text.clean(label).replaceFirst("[:.;,\\s]+$", "");
    s = NUMBER.matcher(s).replaceFirst("");
    String party = null;
    Matcher p = PARTY.matcher(s);
    if (p.find()) {
      party = p.group(1).strip();
      s = s.substring(0, p.start()).strip();
      if (party.matches("(?iu)repl\\.?|replik")) {
        party = null;
      }
    }
    String[] words = s.isEmpty() ? new String[0] : s.split(" ");
    int start = nameStart(words);
    if (start < 0) {
      return new SpeakerLabel(s.isEmpty() ? null : s, null, party, CHAIR.matcher(s).find());
    }
    String office = String.join(" ", List.of(words).subList(0, start)).strip();
    Matcher address = ADDRESS.matcher(office);
    int lastAddress = -1;
    while (address.find()) {
      lastAddress = address.start();
    }
    if (lastAddress > 0) {
      office = office.substring(lastAddress); // words before "Herr" are a margin note run into the line
    }
    String name = nameOf(List.of(words).subList(start, words.length));
    return new SpeakerLabel(office.isEmpty() ? null : office, name, party, office.isEmpty() ? false : CHAIR.matcher(office).find());
  }

  /**
   * Where the name begins: the last run of words in capitals, or else the run of name words that
   * ends the label, without the offices at its head ("Statsrådet Ardalan Shekarabi"). A place after
   * a name ("NILSSON i Kalmar") is part of it. -1 when no word is a name.
   */
  private static int nameStart(String[] words) {
    int end = words.length;
    if (end >= 2 && words[end - 2].equals("i") && NAME_WORD.matcher(words[end - 1]).matches()) {
      end -= 2; // "… i Kalmar": the place that tells two members of one name apart
    }
    int start = end;
    while (start > 0 && CAPITALS_WORD.matcher(words[start - 1]).matches() && !OFFICE_WORD.matcher(words[start - 1]).matches()) {
      start--;
    }
    for (int i = start; i < end; i++) {
      if (words[i].length() > 2) {
        return start; // a run of capitals with a word longer than an abbreviation ("EU") is a name
      }
    }
    start = end;
    while (start > 0) {
      String w = words[start - 1];
      boolean particle = PARTICLES.contains(w) && start < end;
      if (!particle && !NAME_WORD.matcher(w).matches()) {
        break;
      }
      start--;
    }
    while (start < end && OFFICE_WORD.matcher(words[start]).matches()) {
      start++;
    }
    return start < end ? start : -1;
  }

  private static String nameOf(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      out.add(CAPITALS_WORD.matcher(word).matches() && word.length() > 2 ? titleCase(word) : word);
    }
    return String.join(" ", out);
  }

  /** "ANNIKA" → "Annika"; "ULLA-BRITT" → "Ulla-Britt". */
  static String titleCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
