package se.debattsok.search;

import java.util.List;

/**
 * One document of a thread (a question, its answer, the speeches of the debate it started), as a
 * document's page lists it, in the thread's order.
 *
 * @param linkedBy how the document is tied to the one asked about: {@code self} for that document,
 *     {@code number} (an interpellation's or question's number both name), {@code case} (a Dnr both
 *     carry) or {@code guess} (no number in common: the same asker and answerer, dated after the question)
 * @param because what ties them, as the documents say it: "2021/22:439", "ks 2024/142", or for a
 *     guess the names and the days between
 */
public record ThreadPart(
    String id,
    String kind,
    String title,
    String date,
    String reference,
    List<SearchResult.HitPerson> people,
    SearchResult.HitDebate debate,
    String linkedBy,
    String because) {
  public static final String SELF = "self";
  public static final String NUMBER = "number";
  public static final String CASE = "case";
  public static final String GUESS = "guess";

  public boolean guessed() {
    return GUESS.equals(linkedBy);
  }
}
