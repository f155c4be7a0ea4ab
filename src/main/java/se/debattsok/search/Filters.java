package se.debattsok.search;

import java.time.LocalDate;
import java.util.List;
import se.debattsok.model.Kind;

/**
 * Narrowing that is not part of the query text. Empty lists and nulls mean "no filter".
 *
 * @param parties party codes, any of which a principal of the document must have
 * @param raisedBy party codes, any of which one who raises the matter (asks, signs, speaks) must have
 * @param answeredBy party codes, any of which one who answers it must have
 * @param speaker a name, or part of one, that a principal must have ("Bjuggren")
 * @param kinds document kinds, any of which matches
 * @param assemblies assemblies ("Riksdagen"), any of which matches
 * @param from first day included
 * @param to last day included
 */
public record Filters(List<String> parties, List<String> raisedBy, List<String> answeredBy, String speaker, List<Kind> kinds,
    List<String> assemblies, LocalDate from, LocalDate to) {
  public static final Filters NONE = new Filters(List.of(), null, List.of(), List.of(), null, null);

  /** Filters with no party narrowed by role. */
  public Filters(List<String> parties, String speaker, List<Kind> kinds, List<String> assemblies, LocalDate from, LocalDate to) {
    this(parties, List.of(), List.of(), speaker, kinds, assemblies, from, to);
  }

  public Filters {
    parties = parties == null ? List.of() : List.copyOf(parties);
    raisedBy = raisedBy == null ? List.of() : List.copyOf(raisedBy);
    answeredBy = answeredBy == null ? List.of() : List.copyOf(answeredBy);
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    assemblies = assemblies == null ? List.of() : List.copyOf(assemblies);
    speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
  }
}
