package se.debattsok.search;

import se.debattsok.model.Person;

/**
 * One speech of a debate, as the debate's table of contents shows it.
 *
 * @param speaker who gave it, or null when the source does not say
 * @param opening the first words of the speech
 */
public record DebateSpeech(String id, int position, Person speaker, String opening) {}
