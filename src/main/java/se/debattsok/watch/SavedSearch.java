package se.debattsok.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import se.debattsok.search.Filters;

/**
 * A search kept to be run again on what each index run brings: its name (also its feed's address,
 * {@code /feed/{name}}), its words and filters as typed, and where to mail what it finds.
 *
 * @param email an address to mail new matches to, or null for the feed alone
 */
public record SavedSearch(String name, String query, Filters filters, String email, Instant created) {
  /** Letters, digits, "-" and "_": a name that is its own address. */
  static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-]{1,60}");
  /** An address with one @, a dot in the domain and no spaces: what a mail server is worth asking about. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,255}\\.[^@\\s<>\".]{2,63}");

  public SavedSearch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    filters = filters == null ? Filters.NONE : filters;
    email = email == null || email.isBlank() ? null : email.strip();
  }

  /** What is wrong with a name, in Swedish and English; null when it will do. */
  static String nameProblem(String name) {
    return name != null && NAME.matcher(name).matches() ? null
        : "Namnet får bara ha bokstäver, siffror, - och _ (högst 60 tecken).";
  }

  static String emailProblem(String email) {
    return email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches() ? null
        : "E-postadressen '" + email + "' ser inte ut som en adress.";
  }
}
