package se.debattsok.search;

/** Another document with nearly word for word the same text, as a document's page lists it. */
public record TextCopy(String id, String title, String reference, String date) {}
