package se.debattsok.search;

import java.util.List;

/**
 * A person's record in the index.
 *
 * @param parties each party the person spoke or wrote for, with the first and last year
 * @param speeches speeches given; {@code documents} everything else they are named in as a principal
 */
public record PersonSummary(String key, String name, List<PartySpan> parties, long speeches, long documents,
    String first, String last) {

  public record PartySpan(String party, int from, int to) {}
}
