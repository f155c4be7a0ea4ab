package se.debattsok.corpus;

/** A file that was skipped, and why, for the summary a user reads at the end of indexing. */
public record FileProblem(String path, String reason) {

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
