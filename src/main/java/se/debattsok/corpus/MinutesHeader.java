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
  /**
   * The body that met, anywhere on a letterhead line: "Kommunstyrelsen", "KOMMUNFULLMÄKTIGE", "Barn- och
   * utbildningsnämnden", "Kommunstyrelsens arbetsutskott".
   */
  private static final Pattern BODY = Pattern.compile(
      "(?iu)(?<![\\p{L}-])((?:\\p{L}+- (?:och|samt) )?\\p{L}+(?:styrelsen(?:s arbetsutskott)?|fullmäktige|nämnden|utskottet"
          + "|beredningen|direktionen))(?!\\p{L})");
  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern LONG_DATE = Pattern.compile(
      "(?iu)\\b(\\d{1,2}) (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) (\\d{4})\\b");
  private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
      "augusti", "september", "oktober", "november", "december");

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
      if (body == null && b.find()) {
        body = capitalise(b.group(1).toLowerCase(Locale.ROOT));
      }
      if (date == null) {
        date = date(line);
      }
    }
    return new MinutesHeader(council, body, date, minutes);
  }

  /** "Sammanträdesdatum 2007-01-08", "måndagen den 8 januari 2007". */
  private static LocalDate date(String line) {
    Matcher iso = DATE.matcher(line);
    if (iso.find()) {
      return Text.isoDate(iso.group(1));
    }
    Matcher written = LONG_DATE.matcher(line);
    if (written.find()) {
      try {
        return LocalDate.of(Integer.parseInt(written.group(3)), MONTHS.indexOf(written.group(2).toLowerCase(Locale.ROOT)) + 1,
            Integer.parseInt(written.group(1)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
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
