package se.debattsok.model;

import java.util.Locale;
import java.util.Optional;

/** What sort of text a document is. The lower-case {@link #code()} is what users type and JSON shows. */
public enum Kind {
  INTERPELLATION("interpellation"),
  ANSWER("svar"),
  MOTION("motion"),
  MINUTES("protokoll"),
  SPEECH("anförande"),
  OTHER("övrigt");

  private final String swedish;

  Kind(String swedish) {
    this.swedish = swedish;
  }

  /** The stable code used in the index, in filters and in JSON, e.g. {@code answer}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Swedish word shown to readers, e.g. {@code svar}. */
  public String swedish() {
    return swedish;
  }

  /** All codes, for messages: "interpellation, answer, …". */
  public static String codes() {
    return String.join(", ", java.util.Arrays.stream(values()).map(Kind::code).toList());
  }

  /** The Swedish words, which {@link #parse} takes as well: for messages on Swedish pages. */
  public static String swedishWords() {
    return String.join(", ", java.util.Arrays.stream(values()).map(Kind::swedish).toList());
  }

  /** Accepts the English code or the Swedish word, in any case: {@code answer}, {@code Svar}. */
  public static Optional<Kind> parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (Kind kind : values()) {
      if (kind.code().equals(wanted) || kind.swedish.equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
