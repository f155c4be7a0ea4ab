package se.debattsok.watch;

import java.time.Instant;

/**
 * A document a saved search found among what an index run wrote, as its feed and its e-mail tell
 * of it. Said once per saved search and document.
 *
 * @param people the principals as shown: "Anders Åkesson (C), Annika Strandhäll (S)"
 * @param link where the publisher shows the original, or null
 * @param matched when the run that found it ended
 */
public record Announcement(String search, String id, String title, String kind, String date, String reference,
    String people, String link, Instant matched) {}
