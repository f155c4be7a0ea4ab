package se.debattsok.search;

/** A query or filter the user must fix; the message is one line, meant to be shown as it is. */
public class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }
}
