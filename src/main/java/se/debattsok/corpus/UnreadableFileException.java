package se.debattsok.corpus;

/** A file that cannot become a document; the message is the reason shown to the user. */
public class UnreadableFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableFileException(String reason) {
    super(reason);
  }

  public UnreadableFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
