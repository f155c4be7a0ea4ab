package se.debattsok.search;

import se.debattsok.index.Fields;

/** What hits are grouped by, if anything: limit and offset then count groups. */
public enum Grouping {
  NONE(null),
  /** The speeches of one debate together; a document that is no speech is a debate of its own. */
  DEBATE(Fields.DEBATE_ID),
  /**
   * A question, its answer and its debate together ({@code ThreadKeys}); a document of no thread is
   * grouped with the rest of its debate, or alone.
   */
  THREAD(Fields.THREAD_ID);

  private final String field;

  Grouping(String field) {
    this.field = field;
  }

  /** The stored field with sorted doc values that holds each document's group. */
  public String field() {
    return field;
  }

  public boolean grouped() {
    return this != NONE;
  }
}
