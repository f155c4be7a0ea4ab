package se.debattsok.cli;

import picocli.CommandLine.Option;
import se.debattsok.watch.Mailer;

/** How saved searches' new matches are mailed after an index run: options of index. */
final class MailOptions {
  /** Read for the SMTP login's password, which a command line would show to every user of the machine. */
  static final String PASSWORD_VARIABLE = "DEBATTSOK_SMTP_PASSWORD";

  @Option(names = "--smtp", paramLabel = "HOST[:PORT]", description = "Mail new matches of saved searches with an address through this SMTP server (port 25 unless given).")
  String smtp;

  @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "The sender of those mails (default: debattsok@localhost).")
  String from = "debattsok@localhost";

  @Option(names = "--smtp-user", paramLabel = "NAME", description = "Log in to the SMTP server as NAME; the password is read from $" + PASSWORD_VARIABLE + ".")
  String user;

  @Option(names = "--smtp-starttls", description = "Require STARTTLS before logging in (port 587).")
  boolean startTls;

  @Option(names = "--site", paramLabel = "URL", description = "The address of `debattsok serve`, for the links in mails (default: http://localhost:7070).")
  String site = "http://localhost:7070";

  /**
   * The mail server asked for, or null for none; null too, after saying why on err, when it is
   * asked for wrongly (see {@link #smtpProblem}).
   */
  Mailer mailer() {
    return smtp == null ? null : Mailer.parse(smtp, from, user, user == null ? null : System.getenv(PASSWORD_VARIABLE), startTls);
  }

  /** What is wrong with the mail options, in a line; null when nothing is. */
  String smtpProblem() {
    if (smtp != null && mailer() == null) {
      return "--smtp takes HOST or HOST:PORT, not '" + smtp + "'.";
    }
    if (user != null && System.getenv(PASSWORD_VARIABLE) == null) {
      return "--smtp-user needs the password in $" + PASSWORD_VARIABLE + ".";
    }
    if (!site.matches("(?i)https?://\\S+")) {
      return "--site takes an http(s) address, not '" + site + "'.";
    }
    return null;
  }

  /** A document's page as the mails link it. */
  String pageOf(String id) {
    return site.replaceFirst("/+$", "") + se.debattsok.render.Addresses.document(id);
  }

}
