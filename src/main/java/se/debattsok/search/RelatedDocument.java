package se.debattsok.search;

import java.util.List;

/**
 * A document close in content to another, as its page lists it under "Liknande dokument".
 *
 * @param because the distinctive words the two share, most distinctive first, as the document asked
 *     about writes them
 */
public record RelatedDocument(
    String id,
    String kind,
    String title,
    String date,
    String reference,
    List<SearchResult.HitPerson> people,
    SearchResult.HitDebate debate,
    List<String> because) {}
