package se.debattsok.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One searchable document, whatever file format it came from. Readers in {@code corpus} make these;
 * {@code index} maps them to Lucene. Optional fields are null when the source does not say.
 *
 * @param id stable identifier: the TEI xml:id, or the file's path relative to its corpus folder
 * @param reference the assembly's own number: a Dnr such as "KS 2024/142", "2023/24:1", or several joined
 *     by {@link #REFERENCE_SEPARATOR}
 * @param addressee to whom the document is addressed, as the source words it
 * @param paragraphs the text, one entry per paragraph
 * @param source the file the document was read from
 * @param debate for a speech, the debate it was given in and its place there; otherwise null
 * @param heading the line that heads the document where its source has one beside the title (an
 *     interpellation's "2004/05:360 av Martin Andreasson (fp) till statsrådet … om …"): searched
 *     with the title, not part of the text, so snippets show the text and not the heading again
 * @param link where the publisher shows the original (the Riksdag's page of the document, the
 *     Swerik record of a sitting), as an absolute http(s) address; null where the file does not say
 */
public record Document(
    String id,
    Kind kind,
    String title,
    LocalDate date,
    String assembly,
    String reference,
    List<Person> people,
    String addressee,
    List<String> paragraphs,
    String source,
    Debate debate,
    String heading,
    String link) {

  /**
   * Between the references of a document that has several: an agenda item's number and its Dnr
   * ("KS § 3 a · Dnr KF/2006.203"). Each is looked up on its own.
   */
  public static final String REFERENCE_SEPARATOR = " · ";
  /** Splits a reference into its parts; compiled once, as it runs for every hit shown. */
  static final Pattern REFERENCE_PARTS = Pattern.compile(Pattern.quote(REFERENCE_SEPARATOR));
  private static final Pattern HTTP_ADDRESS = Pattern.compile("(?i)https?://\\S+");

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    people = List.copyOf(people);
    paragraphs = List.copyOf(paragraphs);
  }

  /** A document whose source names no page of the original. */
  public Document(
      String id, Kind kind, String title, LocalDate date, String assembly, String reference, List<Person> people,
      String addressee, List<String> paragraphs, String source, Debate debate, String heading) {
    this(id, kind, title, date, assembly, reference, people, addressee, paragraphs, source, debate, heading, null);
  }

  /** A document without a heading line of its own. */
  public Document(
      String id, Kind kind, String title, LocalDate date, String assembly, String reference, List<Person> people,
      String addressee, List<String> paragraphs, String source, Debate debate) {
    this(id, kind, title, date, assembly, reference, people, addressee, paragraphs, source, debate, null, null);
  }

  /** A document that is no speech in a debate. */
  public Document(
      String id, Kind kind, String title, LocalDate date, String assembly, String reference, List<Person> people,
      String addressee, List<String> paragraphs, String source) {
    this(id, kind, title, date, assembly, reference, people, addressee, paragraphs, source, null, null, null);
  }

  /** The same document, read from another place (the indexer records where). */
  public Document withSource(String newSource) {
    return new Document(id, kind, title, date, assembly, reference, people, addressee, paragraphs, newSource, debate, heading,
        link);
  }

  /** The same document, with the address of its original; a link that is no http(s) address is dropped. */
  public Document withLink(String address) {
    String checked = address == null || !HTTP_ADDRESS.matcher(address.strip()).matches() ? null : address.strip();
    return new Document(id, kind, title, date, assembly, reference, people, addressee, paragraphs, source, debate, heading,
        checked);
  }

  /** The references one by one: "KS § 3 a" and "Dnr KF/2006.203"; none when there is none. */
  public List<String> references() {
    return reference == null ? List.of() : List.of(REFERENCE_PARTS.split(reference));
  }

  /** The principals: everyone except those who only took part in the debate. */
  public List<Person> principals() {
    return people.stream().filter(p -> p.role().isPrincipal()).toList();
  }
}
