package se.debattsok.web;

/** A request parameter the user must fix; answered with 400 and the message. */
final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadRequestException(String message) {
    super(message);
  }
}
