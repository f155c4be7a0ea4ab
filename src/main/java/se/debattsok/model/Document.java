package se.debattsok.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One searchable document, whatever file format it came from. Readers in {@code corpus} make these;
 * {@code index} maps them to Lucene. Optional fields are null when the source does not say.
 *
 * @param id stable identifier: the TEI xml:id, or the file's path relative to its corpus folder
 * @param reference the assembly's own number: a Dnr such as "KS 2024/142", or "2023/24:1"
 * @param addressee to whom the document is addressed, as the source words it
 * @param paragraphs the text, one entry per paragraph
 * @param source the file the document was read from
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
    String source) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    people = List.copyOf(people);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The principals: everyone except those who only took part in the debate. */
  public List<Person> principals() {
    return people.stream().filter(p -> p.role().isPrincipal()).toList();
  }
}
