package se.debattsok.search;

/**
 * A query or filter the user must fix, said in one line in English (the command line's language) and
 * in Swedish (the web page's and the API's), each meant to be shown as it is.
 */
public class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String swedish;

  public QuerySyntaxException(String english, String swedish) {
    super(english);
    this.swedish = swedish;
  }

  /** The same mistake in Swedish, as the web page and the API say it. */
  public String swedish() {
    return swedish;
  }
}
