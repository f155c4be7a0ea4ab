package se.debattsok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.TestIndex;
import se.debattsok.watch.Announcement;
import se.debattsok.watch.WatchStore;

/**
 * Saved searches from the command line to the mailbox: a real index, a real SMTP server in this
 * process (GreenMail), the mails read back from it.
 */
class WatchCommandTest {
  @TempDir Path dir;
  Path corpus;
  Path watches;
  GreenMail smtp;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void setUp() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    watches = dir.resolve("watches");
    Files.copy(TestData.STOCKHOLM, corpus.resolve("stockholm.txt"));
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    assertEquals(0, run("index").code());
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  /** A command with this test's corpus, index and saved searches. */
  Run run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command));
    if (command.equals("index")) {
      all.addAll(List.of("--corpus", corpus.toString()));
    }
    if (!command.equals("watch")) {
      all.addAll(List.of("--index", dir.resolve("index").toString(), "--watches", watches.toString()));
    }
    all.addAll(List.of(args));
    if (command.equals("watch")) {
      all.addAll(List.of("--watches", watches.toString()));
      if (args[0].equals("add")) {
        all.addAll(List.of("--index", dir.resolve("index").toString()));
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  String smtpAddress() {
    return "127.0.0.1:" + smtp.getSmtp().getPort();
  }

  void write(String name, String title, String text) throws Exception {
    TestIndex.write(corpus, name, title, text, "Stockholm den 3 februari 2025", "Anna Ek");
  }

  @Test
  void aNewMatchingFileGivesOneFeedEntryAndOneMailAndNothingForOneThatDoesNotMatch() throws Exception {
    Run add = run("watch", "add", "segregation", "segregationen", "--email", "redaktion@example.se");
    assertEquals(0, add.code(), add.err());
    assertThat(add.out()).contains("it matches 1 document now (not news)");

    write("motion.txt", "Motion av Anna Ek (V) om segregationen", "Segregationen i skolan ökar i Stockholm.");
    write("cyklar.txt", "Motion av Bo Ek (C) om cykelbanor", "Fler cykelbanor behövs på Södermalm.");
    Run indexed = run("index", "--smtp", smtpAddress(), "--mail-from", "debattsok@example.se", "--site", "https://debatt.example.se");
    assertEquals(0, indexed.code(), indexed.err());
    assertThat(indexed.out()).contains("Saved searches: 1 new match for 1 of 1 search; 1 mail sent (");

    List<Announcement> feed = new WatchStore(watches).announced("segregation", 50);
    assertThat(feed).extracting(Announcement::id).containsExactly("motion.txt");
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertEquals(1, mails.length);
    assertEquals("redaktion@example.se", mails[0].getAllRecipients()[0].toString());
    assertEquals("Debattsök: 1 nytt dokument för bevakningen segregation", mails[0].getSubject());
    String body = new String(mails[0].getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(body).contains("Motion av Anna Ek (V) om segregationen", "https://debatt.example.se/doc/motion.txt")
        .doesNotContain("cyklar", "stockholm.txt");

    // Run again, changed nothing: nothing new. The same file changed: not announced again.
    assertThat(run("index", "--smtp", smtpAddress()).out()).contains("0 new matches");
    write("motion.txt", "Motion av Anna Ek (V) om segregationen", "Segregationen i skolan ökar i hela Stockholm.");
    assertThat(run("index", "--smtp", smtpAddress()).out()).contains("0 new matches");
    assertEquals(1, smtp.getReceivedMessages().length);
  }

  @Test
  void savedSearchesSurviveARebuiltIndexAndAnnounceNothingTwice() throws Exception {
    assertEquals(0, run("watch", "add", "skolan", "skolan").code());
    write("skola.txt", "Motion av Anna Ek (V) om skolan", "Skolan behöver fler lärare.");
    assertThat(run("index").out()).contains("1 new match");
    TestData.deleteTree(dir.resolve("index")); // the index gone: built anew from the corpus
    Run rebuilt = run("index");
    assertThat(rebuilt.out()).startsWith("Built index of 2 documents").contains("0 new matches for 0 of 1 search");
    assertThat(run("watch", "list").out()).contains("skolan\tskolan\t1 document announced");
  }

  @Test
  void aMailThatCannotBeSentIsSaidAndSentAfterTheNextRun() throws Exception {
    assertEquals(0, run("watch", "add", "skola", "skolan", "--email", "a@example.se").code());
    write("skola.txt", "Motion av Anna Ek (V) om skolan", "Skolan behöver fler lärare.");
    String down = smtpAddress();
    smtp.stop();
    Run failed = run("index", "--smtp", down);
    assertEquals(1, failed.code());
    assertThat(failed.err()).contains("mail not sent, tried again after the next run: skola (a@example.se)");
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    Run retried = run("index", "--smtp", smtpAddress());
    assertEquals(0, retried.code(), retried.err());
    assertEquals(1, smtp.getReceivedMessages().length);
    assertThat(run("index", "--smtp", smtpAddress()).code()).isZero();
    assertEquals(1, smtp.getReceivedMessages().length); // sent once
  }

  @Test
  void badInputIsSaidInWords() {
    assertThat(run("watch", "add", "två ord", "skolan").err()).contains("Namnet får bara ha bokstäver");
    assertThat(run("watch", "add", "s", "skolan", "--email", "inte-en-adress").err()).contains("ser inte ut som en adress");
    assertEquals(0, run("watch", "add", "s", "skolan").code());
    Run again = run("watch", "add", "s", "vården");
    assertEquals(2, again.code());
    assertThat(again.err()).contains("Det finns redan en bevakning som heter 's'");
    assertThat(run("watch", "add", "t", "skolan AND (").err()).contains("(");
    assertEquals(1, run("watch", "remove", "finns-inte").code());
    assertThat(run("index", "--smtp", "värd:port").err()).contains("--smtp takes HOST or HOST:PORT");
    assertEquals(0, run("watch", "remove", "s").code());
    assertThat(run("watch", "list").out()).contains("No saved searches");
  }
}
