package se.debattsok.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a council's minutes say of themselves in their letterhead: the municipality ("HÖGSBY
 * KOMMUN"), that they are minutes ("Protokoll", "Sammanträdesprotokoll"), the body that met
 * ("Kommunstyrelsen", "Barn- och utbildningsnämnden") and the day ("Sammanträdesdatum 2007-01-08").
 * Read from the lines repeated on every page and, for a document of one page, from its first lines.
 *
 * @param council "Högsby kommun", or null
 * @param body "Kommunstyrelsen", or null
 */
record MinutesHeader(String council, String body, LocalDate date, boolean minutes) {
  private static final Pattern COUNCIL =
      Pattern.compile("(?iu)^(\\p{L}[\\p{L}\\-]*(?: \\p{L}[\\p{L}\\-]*)?) (kommun|stad|region|landsting)\\b");
  private static final Pattern REGION = Pattern.compile("(?iu)^(region|landstinget) (\\p{Lu}[\\p{L}\\-]+)\\b");
  private static final Pattern MINUTES =
      Pattern.compile("(?iu)\\b(?:protokoll|sammanträdesprotokoll|protokollsutdrag|justerat protokoll)\\b");
  private static final Pattern BODY = Pattern.compile(
      "(?iu)^(?:nämnd\\s*/\\s*styrelse\\s+)?(\\p{L}[\\p{L}\\- ]*?(?:styrelsen(?:s arbetsutskott)?|fullmäktige|nämnden"
          + "|utskottet|beredningen|direktionen|kommunstyrelsens arbetsutskott))$");
  private static final Pattern DATE = Pattern.compile("(?iu)(?:sammanträdes)?datum[:.]?\\s+(\\d{4}-\\d{2}-\\d{2})|\\b(\\d{4}-\\d{2}-\\d{2})\\b");

  static final MinutesHeader NONE = new MinutesHeader(null, null, null, false);

  /** Looks at each line for each part; the first line to give a part gives it. */
  static MinutesHeader of(List<String> lines) {
    String council = null;
    String body = null;
    LocalDate date = null;
    boolean minutes = false;
    for (String raw : lines) {
      String line = Text.clean(raw);
      Matcher c = COUNCIL.matcher(line);
      Matcher r = REGION.matcher(line);
      if (council == null && c.find()) {
        council = titleCase(c.group(1)) + " " + c.group(2).toLowerCase(Locale.ROOT);
      } else if (council == null && r.find()) {
        council = titleCase(r.group(1)) + " " + r.group(2);
      }
      minutes |= MINUTES.matcher(line).find();
      Matcher b = BODY.matcher(line);
      if (body == null && b.matches() && b.group(1).length() <= 60) {
        body = capitalise(b.group(1).strip());
      }
      Matcher d = DATE.matcher(line);
      if (date == null && d.find()) {
        date = Text.isoDate(d.group(1) != null ? d.group(1) : d.group(2));
      }
    }
    return new MinutesHeader(council, body, date, minutes);
  }

  /** Minutes whose body and day are known are titled by them: "Kommunstyrelsen, protokoll 2007-01-08". */
  String title() {
    return minutes && body != null && date != null ? body + ", protokoll " + date : null;
  }

  /** "Högsby kommun, kommunstyrelsen". */
  String assembly() {
    if (council == null) {
      return null;
    }
    return body == null ? council : council + ", " + body.toLowerCase(Locale.ROOT);
  }

  /** "HÖGSBY" → "Högsby"; a name already in ordinary case stays as written. */
  private static String titleCase(String words) {
    return words.equals(words.toUpperCase(Locale.ROOT)) ? SpeakerLabel.titleCase(words) : capitalise(words);
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
