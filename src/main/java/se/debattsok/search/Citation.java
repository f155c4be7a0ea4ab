package se.debattsok.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * A document cited in one line, as a journalist or researcher puts it in a text: who, what, which
 * body, when, its reference, and where to read it. "Anders Åkesson (C): Hemställan om undantag från
 * biotopskydd i Kalmar län. Interpellation 2021/22:439, Riksdagen, 2022-04-04.
 * https://data.riksdagen.se/dokument/H910439"
 */
public final class Citation {
  private Citation() {}

  /**
   * @param elsewhere the address to give when the publisher's page is not known (the document's
   *     page on this server), or null
   */
  public static String of(Document doc, String elsewhere) {
    List<String> parts = new ArrayList<>();
    String who = authors(doc).stream().map(Person::display).collect(Collectors.joining(", "));
    String title = doc.title() == null ? doc.id() : doc.title();
    parts.add((who.isEmpty() ? "" : who + ": ") + sentence(title));
    List<String> where = new ArrayList<>();
    String what = capitalised(doc.kind() == Kind.OTHER ? "dokument" : doc.kind().swedish());
    String reference = doc.reference() == null ? null : doc.reference().replace(Document.REFERENCE_SEPARATOR, ", ");
    if (doc.debate() != null) { // a speech's reference is its sitting's: "Anförande 2 i debatten, 2021/22:113"
      where.add(what + " " + doc.debate().position() + " i debatten");
      if (reference != null) {
        where.add(reference);
      }
    } else {
      where.add(reference == null ? what : what + " " + reference);
    }
    if (doc.assembly() != null) {
      where.add(doc.assembly());
    }
    if (doc.date() != null) {
      where.add(doc.date().toString());
    }
    parts.add(String.join(", ", where) + ".");
    String link = doc.link() != null ? doc.link() : elsewhere;
    if (link != null) {
      parts.add(link);
    }
    return String.join(" ", parts);
  }

  /** Who wrote it: an answer's answerer, a question's asker, a speech's speaker; else every principal. */
  private static List<Person> authors(Document doc) {
    List<Person> authors = doc.principals().stream()
        .filter(p -> doc.kind() == Kind.ANSWER ? p.role() == Role.ANSWERER : p.role().raises()).toList();
    return authors.isEmpty() ? doc.principals() : authors;
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
