package se.debattsok.watch;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * Mails a saved search's new matches through an SMTP server (Jakarta Mail): one message per saved
 * search and run, plain UTF-8 text, each document with its page and its original.
 *
 * @param user null to send without logging in
 * @param startTls whether to ask the server for STARTTLS before logging in (required when given)
 */
public record Mailer(String host, int port, String from, String user, String password, boolean startTls) {
  private static final int TIMEOUT_MS = 15_000;

  /** "smtp.example.se:587" or "smtp.example.se" (port 25); null for text that is neither. */
  public static Mailer parse(String server, String from, String user, String password, boolean startTls) {
    String host = server.strip();
    int port = 25;
    int colon = host.lastIndexOf(':');
    if (colon > 0) {
      try {
        port = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        return null;
      }
      host = host.substring(0, colon);
    }
    return host.isEmpty() || port < 1 || port > 65_535 ? null : new Mailer(host, port, from, user, password, startTls);
  }

  /**
   * Sends the matches of one saved search.
   *
   * @param pageOf a document's page, from its id
   */
  public void send(SavedSearch search, List<Announcement> found, Function<String, String> pageOf) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
    props.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
    props.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
    if (startTls) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    props.put("mail.smtp.auth", Boolean.toString(user != null));
    Session session = Session.getInstance(props);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(search.email(), true));
    message.setSubject(subject(search, found.size()), "UTF-8");
    message.setText(body(search, found, pageOf), "UTF-8");
    if (user == null) {
      Transport.send(message);
    } else {
      Transport.send(message, user, password);
    }
  }

  static String subject(SavedSearch search, int count) {
    return "Debattsök: " + (count == 1 ? "1 nytt dokument" : count + " nya dokument") + " för bevakningen " + search.name();
  }

  static String body(SavedSearch search, List<Announcement> found, Function<String, String> pageOf) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Bevakningen \"%s\" (%s) hittade %s i den senaste indexeringen:%n%n",
        search.name(), search.query(), found.size() == 1 ? "ett nytt dokument" : found.size() + " nya dokument"));
    for (Announcement a : found) {
      text.append("* ").append(a.title()).append('\n');
      StringBuilder meta = new StringBuilder("  ");
      for (String part : new String[] {a.date(), a.kind(), a.reference(), a.people()}) {
        if (part != null && !part.isBlank()) {
          meta.append(meta.length() > 2 ? " · " : "").append(part);
        }
      }
      text.append(meta).append('\n');
      text.append("  ").append(pageOf.apply(a.id())).append('\n');
      if (a.link() != null) {
        text.append("  Originalet: ").append(a.link()).append('\n');
      }
      text.append('\n');
    }
    text.append("Ta bort bevakningen: debattsok watch remove ").append(search.name()).append('\n');
    return text.toString();
  }
}
