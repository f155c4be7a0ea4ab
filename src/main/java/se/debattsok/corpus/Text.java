package se.debattsok.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/** Text clean-up shared by the readers, so that every format yields the same searchable text. */
public final class Text {
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

  private Text() {}

  /**
   * NFC, no soft hyphens or zero-width characters, single spaces, stripped. Decomposed "ä" or a soft
   * hyphen inside a word would otherwise make terms that never match what users type. One pass by
   * hand: this runs on every paragraph of every file, and regular expressions were half the cost
   * of indexing.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    // Into an array, not a StringBuilder: this runs on every element of every file read.
    char[] out = new char[text.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && length > 0) {
        out[length++] = ' ';
      }
      space = false;
      out[length++] = c;
    }
    return new String(out, 0, length);
  }

  /**
   * Words that follow a hyphen and a space in their own right: "kommun- och landstingsval", "EU-
   * eller EES-land", "torg- efter". A word broken at a line end is never joined to them.
   */
  private static final Set<String> AFTER_SUSPENDED_HYPHEN = Set.of(
      "och", "eller", "samt", "respektive", "resp", "liksom", "som", "men", "utan", "till", "el", "både", "än",
      "en", "ett", "efter", "att", "det", "den", "de", "i", "på", "av", "för", "med", "om", "är", "vi", "jag",
      "man", "inte", "så", "när", "då", "där", "från", "mot", "under", "vid", "hos", "inom");

  /**
   * Joins words that scanned text breaks at a line end, with a hyphen and a space: the 1990s
   * interpellations hold about 1,600 of them in 874 documents ("utanförska- pet", "vårdbe- hövande"),
   * which no query found and snippets showed broken. The hyphen stays after an abbreviation or a
   * number ("EU- lagstiftning" → "EU-lagstiftning", "1970- talet" → "1970-talet"). Left as they are:
   * a suspended hyphen before "och", "eller" and the like ("kommun- och landstingsval"), one before a
   * word that itself ends in a hyphen or comma ("grund- gymnasie- och vuxenutbildning"), and any hyphen
   * not followed by a lower-case letter.
   */
  public static String joinLineBreaks(String text) {
    if (text == null || !text.contains("- ")) { // cheap test first: this runs on every paragraph
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int i = text.indexOf("- "); i >= 0; i = text.indexOf("- ", i + 1)) {
      int next = i + 2;
      if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || next >= text.length()
          || !Character.isLowerCase(text.charAt(next))) {
        continue;
      }
      int end = next;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == ',')
          || AFTER_SUSPENDED_HYPHEN.contains(text.substring(next, end))) {
        continue;
      }
      int start = i;
      int capitals = 0;
      while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
        start--;
        capitals += Character.isUpperCase(text.charAt(start)) ? 1 : 0;
      }
      boolean keepHyphen = capitals >= 2 || Character.isDigit(text.charAt(i - 1));
      out.append(text, copied, keepHyphen ? i + 1 : i);
      copied = next;
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether a line holds words worth searching: the notes and page furniture of scanned records
   * ("Nr 10.", "43", a time stamp "14.03") hold none.
   */
  static boolean hasWords(String text) {
    return text != null && text.codePoints().filter(Character::isLetter).limit(4).count() >= 4;
  }

  private static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  /** Like {@link #clean} but keeps line breaks, for formats whose layout carries structure. */
  public static String cleanKeepingLines(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    text = INVISIBLE.matcher(text).replaceAll("");
    return text.replaceAll("[\\t\\u00A0\\u2007\\u202F ]+", " ");
  }

  /** Reads a file that must be UTF-8 text: rejects empty files, binary content and other encodings. */
  public static String readUtf8(Path path) throws IOException, UnreadableFileException {
    byte[] bytes = Files.readAllBytes(path);
    rejectBinary(bytes);
    try {
      String text = withoutByteOrderMark(strictUtf8().decode(ByteBuffer.wrap(bytes)).toString());
      if (text.isBlank()) {
        throw new UnreadableFileException(NO_TEXT);
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(NOT_UTF8);
    }
  }

  /** Takes the lines of a file one by one; {@code number} counts from 1. */
  public interface LineSink {
    void line(String line, int number) throws UnreadableFileException;
  }

  /**
   * Reads a file that must be UTF-8 text line by line, with the checks of {@link #readUtf8}, never
   * holding it whole: a file of JSON lines may be hundreds of megabytes.
   */
  public static void readUtf8Lines(Path path, LineSink sink) throws IOException, UnreadableFileException {
    try (InputStream head = Files.newInputStream(path)) {
      rejectBinary(head.readNBytes(BINARY_CHECKED));
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), strictUtf8()), 1 << 16)) {
      boolean text = false;
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (++number == 1) {
          line = withoutByteOrderMark(line);
        }
        text |= !line.isBlank();
        sink.line(line, number);
      }
      if (!text) {
        throw new UnreadableFileException(NO_TEXT);
      }
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(NOT_UTF8);
    }
  }

  private static final String NO_TEXT = "no text in file";
  private static final String NOT_UTF8 = "not UTF-8 text (save it as UTF-8)";
  /** Bytes looked at for a NUL, which no text file has. */
  private static final int BINARY_CHECKED = 8192;

  /** Rejects a file that is empty or whose first bytes hold a NUL. */
  private static void rejectBinary(byte[] start) throws UnreadableFileException {
    if (start.length == 0) {
      throw new UnreadableFileException("empty file");
    }
    for (int i = 0; i < Math.min(start.length, BINARY_CHECKED); i++) {
      if (start[i] == 0) {
        throw new UnreadableFileException("binary content, not text");
      }
    }
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The date an ISO text begins with ("2021-01-12", "2022-01-18 00:00:00", "2021-01-12T10:00"), or
   * null when there is none: sources write their dates all these ways, and a bad one is absent.
   */
  static LocalDate isoDate(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
