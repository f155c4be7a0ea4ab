package se.debattsok.corpus;

import java.util.List;
import java.util.Objects;
import se.debattsok.model.Document;

/**
 * What a reader made of one file: the format it recognised ("ParlaMint TEI sitting"), the documents,
 * and what it could not read in full ("3 of 812 characters have no Unicode mapping"), so that a user
 * bringing new data sees whether it was read right before searching it.
 *
 * @param format the format as a user would name it
 * @param warnings what the reader noticed it could not read in full
 */
public record Reading(String format, List<Document> documents, List<Warning> warnings) {
  public Reading {
    Objects.requireNonNull(format, "format");
    documents = List.copyOf(documents);
    warnings = List.copyOf(warnings);
  }

  public Reading(String format, List<Document> documents) {
    this(format, documents, List.of());
  }
}
