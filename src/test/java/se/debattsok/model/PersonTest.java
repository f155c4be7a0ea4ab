package se.debattsok.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A person's key (against the regular expressions that once made it) and party. */
class PersonTest {
  private static final List<String> NAMES = List.of("Anna Ek", "Anna-Karin  Hatt", " Ulf Kristersson ", "María José Sánchez",
      "O'Brien, Liam", "Jan-Olof Larsson (s)", "--", "-", "Ⅻ Karl", "Ahmad ١٢", "𝒜da Lovelace", "x² + y²", "Åsa Romson!",
      "Talmannen", "Ärade ledamot ‑ Förste vice talman", "\u00A0Per\u2003Bill", "???", "a--b", "Zoë  d’Almeida");

  @Test
  void theKeyIsTheNameInLowerCaseWithDashesBetweenItsWords() {
    Pattern notLetters = Pattern.compile("[^\\p{L}\\p{N}]+");
    Pattern edgeDashes = Pattern.compile("^-|-$");
    for (String name : NAMES) {
      Person person = new Person(name, null, Role.ASKER);
      String slug = edgeDashes.matcher(notLetters.matcher(person.name().toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
      assertThat(person.key()).as(name).isEqualTo(slug.isEmpty() ? "-" : slug);
    }
    assertThat(new Person("Anna-Karin  Hatt", "C", Role.ASKER).key()).isEqualTo("anna-karin-hatt");
    assertThat(new Person("Anna Ek", "C", Role.ASKER, "0123").key()).isEqualTo("0123");
  }

  @Test
  void aPartyIsShownAsACodeInCapitalsOrAsWritten() {
    assertThat(Person.normaliseParty("mp")).isEqualTo("MP");
    assertThat(Person.normaliseParty(" s ")).isEqualTo("S");
    assertThat(Person.normaliseParty("JxSí")).isEqualTo("JxSí");
    assertThat(Person.normaliseParty("Alternativ för \t Sverige")).isEqualTo("Alternativ för Sverige");
    assertThat(Person.normaliseParty(" None ")).isNull();
    assertThat(Person.normaliseParty("-")).isNull();
    assertThat(Person.normaliseParty("  ")).isNull();
  }
}
