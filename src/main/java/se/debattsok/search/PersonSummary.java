package se.debattsok.search;

import java.util.List;

/**
 * A person's record in the index.
 *
 * @param parties each party the person spoke or wrote for, with the dates of the first and last
 *     document (ISO text)
 * @param speeches speeches given; {@code documents} everything else they are named in as a principal
 * @param latest their newest documents and speeches, newest first, at most {@link #LATEST}
 */
public record PersonSummary(String key, String name, List<PartySpan> parties, long speeches, long documents,
    String first, String last, List<Listed> latest) {
  public static final int LATEST = 20;

  public record PartySpan(String party, String from, String to) {}

  /** A document as a list names it. */
  public record Listed(String id, String title, String kind, String reference, String date) {}
}
