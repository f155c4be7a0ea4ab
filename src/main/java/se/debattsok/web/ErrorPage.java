package se.debattsok.web;

/** A page that says what went wrong, with a way back to the search. */
record ErrorPage(String title, String message) {}
