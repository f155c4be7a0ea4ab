package se.debattsok.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Recognises the layout of a Swedish council document in plain text, whether it came from a .txt,
 * a .md or a PDF: the title line ("Svar på Interpellation av NN (PARTI) till ... om ..."), the "Dnr"
 * line, the closing "Stockholm den 20 mars 2024" and the signer's name after it. What is not
 * recognised stays in the text, so nothing a user might search for is dropped.
 */
final class CouncilText {
  private static final Pattern TITLE =
      Pattern.compile(
          "(?<answer>Svar på )?(?<kind>interpellation|motion|skriftlig fråga|fråga)"
              + "(?: [\\d/:]+)? av (?<authors>.+?\\([^)]+\\)(?:(?:,| och) .+?\\([^)]+\\))*)"
              + "(?: till (?<addressee>.+?))? om (?<subject>.+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_AND_PARTY =
      Pattern.compile("((?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,4}\\p{Lu}[\\p{L}'’\\-]+)\\s*\\(([^)]{1,12})\\)");
  private static final Pattern DNR =
      Pattern.compile("(?:Dnr|Diarienummer|Diarienr)\\b[:.]?\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSING_DATE =
      Pattern.compile("(\\p{Lu}[\\p{L}\\- ]*?),?\\s+den\\s+(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})\\.?");
  /** "Protokoll … kommunfullmäktige i Stockholm": the council's place. */
  private static final Pattern MINUTES_PLACE = Pattern.compile("kommunfullmäktige i (\\p{Lu}[\\p{L}\\-]+)\\s*$");
  /** Minutes date their meeting on a line of its own: "Sammanträdesdatum: 2024-03-18". */
  private static final Pattern MEETING_DATE =
      Pattern.compile("(?:Sammanträdesdatum|Sammanträdesdag|Datum)[:.]?\\s+(\\d{4}-\\d{2}-\\d{2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNATURE = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){1,4}");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("mars", 3),
          Map.entry("april", 4), Map.entry("maj", 5), Map.entry("juni", 6),
          Map.entry("juli", 7), Map.entry("augusti", 8), Map.entry("september", 9),
          Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));
  /** Cities whose council is officially a "stad" and spelled this way. */
  private static final Map<String, String> CITY_NAMES =
      Map.of("Stockholm", "Stockholms stad", "Göteborg", "Göteborgs stad", "Malmö", "Malmö stad");

  /** Where the letterhead is not repeated on pages, it is looked for in the first blocks. */
  private static final int HEADER_BLOCKS = 5;

  private CouncilText() {}

  static Document parse(String rawText, boolean markdown, String id, String source) {
    PageFurniture.Result pages = PageFurniture.strip(Text.cleanKeepingLines(rawText));
    List<String> blocks = blocks(pages.text(), markdown);
    // The letterhead: the lines repeated on every page, or else the first blocks of a short document,
    // which must then name the municipality too (a text that merely mentions minutes is no minutes).
    boolean repeated = !pages.furniture().isEmpty();
    MinutesHeader header = MinutesHeader.of(repeated ? pages.furniture() : blocks.subList(0, Math.min(HEADER_BLOCKS, blocks.size())));
    if (header.title() != null && (repeated || header.council() != null)) {
      return minutes(header, blocks, id, source);
    }
    String title = blocks.isEmpty() ? id : blocks.get(0);
    String reference = null;
    LocalDate date = null;
    String place = null;
    String signer = null;
    List<String> body = new ArrayList<>();
    boolean afterClosing = false;
    for (String block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
      Matcher dnr = DNR.matcher(block);
      Matcher closing = CLOSING_DATE.matcher(block);
      Matcher meeting = MEETING_DATE.matcher(block);
      if (reference == null && dnr.matches()) {
        reference = dnr.group(1).strip();
      } else if (date == null && meeting.matches() && (date = Text.isoDate(meeting.group(1))) != null) {
        continue; // the meeting's date: not text
      } else if (date == null && closing.matches() && (date = closingDate(closing)) != null) {
        place = closing.group(1).strip();
        afterClosing = true;
      } else if (afterClosing && signer == null && SIGNATURE.matcher(block).matches()) {
        signer = block;
      } else {
        body.add(block);
      }
    }

    Kind kind = kindOf(title);
    Matcher minutesOf = MINUTES_PLACE.matcher(title);
    if (place == null && kind == Kind.MINUTES && minutesOf.find()) {
      place = minutesOf.group(1);
    }
    List<Person> people = new ArrayList<>();
    String addressee = null;
    Matcher m = TITLE.matcher(title);
    if (m.matches()) {
      Matcher author = NAME_AND_PARTY.matcher(m.group("authors"));
      while (author.find()) {
        people.add(new Person(author.group(1), author.group(2), Role.ASKER));
      }
      addressee = m.group("addressee");
      if (addressee != null) {
        Matcher answerer = NAME_AND_PARTY.matcher(addressee);
        Person last = null;
        while (answerer.find()) {
          last = new Person(answerer.group(1), answerer.group(2), Role.ANSWERER);
        }
        if (last != null) {
          people.add(last);
        }
      }
    }
    String signedBy = signer;
    if (signedBy != null && people.stream().noneMatch(p -> p.name().equalsIgnoreCase(signedBy))) {
      people.add(new Person(signedBy, null, Role.SIGNER));
    }
    return new Document(
        id, kind, title, date, assemblyOf(place, kind), reference, people, addressee, joinPageBreaks(body), source);
  }

  /**
   * Minutes whose letterhead says what they are: titled by body and day, all their blocks text
   * (agenda items are split off by {@link MinutesSpeeches}).
   */
  private static Document minutes(MinutesHeader header, List<String> blocks, String id, String source) {
    List<String> body = new ArrayList<>();
    for (String block : blocks) {
      if (!MEETING_DATE.matcher(block).matches() && !block.equals(header.body())) {
        body.add(block);
      }
    }
    return new Document(id, Kind.MINUTES, header.title(), header.date(), header.assembly(), null, List.of(), null,
        joinPageBreaks(body), source);
  }

  /** Paragraphs: runs of lines separated by blank lines; a Markdown heading is a block of its own. */
  private static List<String> blocks(String text, boolean markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean afterItem = false;
    for (String rawLine : text.split("\n", -1)) {
      String line = rawLine.strip();
      boolean heading = markdown && line.startsWith("#");
      // An agenda item's number, and the short heading on the line after it, are blocks of their own
      // even where the PDF's layout ran them into the text.
      boolean item = Sections.item(line) != null;
      boolean itemHeading = afterItem && !line.isEmpty() && line.length() <= 120 && !line.endsWith(".");
      if (line.isEmpty() || heading || item || itemHeading) {
        flush(blocks, current);
      }
      afterItem = item || (afterItem && line.isEmpty());
      if (heading) {
        blocks.add(line.replaceFirst("^#+\\s*", "").replaceFirst("\\s*#+$", ""));
      } else if (!line.isEmpty()) {
        appendLine(current, line);
      }
      if (item || itemHeading) {
        flush(blocks, current);
      }
    }
    flush(blocks, current);
    blocks.removeIf(String::isBlank);
    return blocks;
  }

  /** A line ending in a hyphenated word part ("arbets-") continues without a space before lower case. */
  private static void appendLine(StringBuilder paragraph, String line) {
    int n = paragraph.length();
    boolean hyphenated = n > 1 && paragraph.charAt(n - 1) == '-' && Character.isLetter(paragraph.charAt(n - 2));
    if (n > 0 && !(hyphenated && Character.isLowerCase(line.codePointAt(0)))) {
      paragraph.append(' ');
    }
    paragraph.append(line);
  }

  private static void flush(List<String> blocks, StringBuilder current) {
    if (!current.isEmpty()) {
      blocks.add(current.toString());
      current.setLength(0);
    }
  }

  /**
   * Joins paragraphs that a page break cut in mid-sentence: the first does not end a sentence and
   * either the next starts in lower case or the first is too long to be a heading.
   */
  static List<String> joinPageBreaks(List<String> paragraphs) {
    List<String> joined = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (!joined.isEmpty()) {
        String previous = joined.get(joined.size() - 1);
        boolean open = !endsSentence(previous);
        boolean opensItem = Sections.item(paragraph) != null || Sections.item(previous) != null;
        if (open && !opensItem && (Character.isLowerCase(paragraph.codePointAt(0)) || previous.length() > 80)) {
          joined.set(joined.size() - 1, previous + " " + paragraph);
          continue;
        }
      }
      joined.add(paragraph);
    }
    return joined;
  }

  private static boolean endsSentence(String paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    return ".!?:;”\"»’')…".indexOf(last) >= 0;
  }

  private static LocalDate closingDate(Matcher closing) {
    Integer month = MONTHS.get(closing.group(3).toLowerCase(Locale.ROOT));
    if (month == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(closing.group(4)), month, Integer.parseInt(closing.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static Kind kindOf(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.startsWith("svar på interpellation") || t.startsWith("interpellationssvar")) {
      return Kind.ANSWER;
    } else if (t.startsWith("interpellation")) {
      return Kind.INTERPELLATION;
    } else if (t.startsWith("motion")) {
      return Kind.MOTION;
    } else if (t.startsWith("protokoll")) {
      return Kind.MINUTES;
    } else if (t.startsWith("anförande")) {
      return Kind.SPEECH;
    }
    return Kind.OTHER;
  }

  /** "Stockholm" → "Stockholms stad, kommunfullmäktige" for council business; other places "X kommun". */
  private static String assemblyOf(String place, Kind kind) {
    if (place == null) {
      return null;
    }
    String council = CITY_NAMES.getOrDefault(place, place + " kommun");
    boolean councilBusiness = kind == Kind.INTERPELLATION || kind == Kind.ANSWER || kind == Kind.MOTION || kind == Kind.MINUTES;
    return councilBusiness ? council + ", kommunfullmäktige" : council;
  }
}
