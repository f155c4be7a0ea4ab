package se.debattsok.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What ties a question, its answer and its debate, read from titles and references as sources word them. */
class ThreadKeysTest {
  @Test
  void anInterpellationIsKeyedByItsNumberAndTheDebateByTheNumberItsTitleNames() {
    assertEquals(List.of("riksdagen|ip 2021/22:439"),
        ThreadKeys.of(Kind.INTERPELLATION, "Riksdagen", "2021/22:439", "Hemställan om undantag från biotopskydd", null));
    // A speech's reference is its sitting's protocol: no key; its debate's title names the question.
    assertEquals(List.of("riksdagen|ip 2021/22:439"), ThreadKeys.of(Kind.SPEECH, "Riksdagen", "2021/22:113",
        "Svar på interpellation 2021/22:439 om hemställan", "Svar på interpellation 2021/22:439 om hemställan"));
    assertEquals(List.of(), ThreadKeys.of(Kind.MINUTES, "Riksdagen", "2021/22:113", "Riksdagens protokoll 2021/22:113", null));
  }

  @Test
  void aJointDebateNamesEveryQuestionItAnswersShortNumbersInTheSameSession() {
    assertEquals(List.of("riksdagen|ip 2004/05:462", "riksdagen|ip 2004/05:463", "riksdagen|ip 2004/05:467"),
        ThreadKeys.of(Kind.SPEECH, "Riksdagen", null, null,
            "10 § Svar på interpellationerna 2004/05:462, 463 och 467 om situationen i Colombia"));
    assertEquals(List.of("riksdagen|ip 1999/2000:12"),
        ThreadKeys.of(Kind.SPEECH, "Riksdagen", null, "Svar på interpellation 1999/2000:012 om skatter", null));
    assertEquals(List.of("riksdagen|fr 2021/22:1234"),
        ThreadKeys.of(Kind.ANSWER, "Riksdagen", null, "Svar på skriftlig fråga 2021/22:1234 om vägar", null));
  }

  @Test
  void aCouncilsCaseNumberIsItsMunicipalitysWhicheverBodyFilesIt() {
    assertEquals(List.of("stockholms stad|dnr ks 2024/142"),
        ThreadKeys.of(Kind.ANSWER, "Stockholms stad, kommunfullmäktige", "KS 2024/142", "Svar på Interpellation av …", null));
    assertEquals(List.of("stockholms stad|dnr ks 2024/142"),
        ThreadKeys.of(Kind.MINUTES, "Stockholms stad, kommunstyrelsen", "Dnr KS 2024/142", "Ärende", null));
    // An agenda item's number is no case; its Dnr is.
    assertEquals(List.of("högsby kommun|dnr kf 2006.203"), ThreadKeys.of(Kind.MINUTES,
        "Högsby kommun, kommunstyrelsen", "KS § 3 a · Dnr KF/2006.203", "Budget och målsättningar 2007-2009", null));
  }

  @Test
  void caseNumbersTakeOneForm() {
    assertEquals("ks 2024/142", ThreadKeys.caseNumber("Dnr: KS 2024/142"));
    assertEquals("ks 2024/142", ThreadKeys.caseNumber("dnr KS 2024/142"));
    assertEquals("kf 2006.366", ThreadKeys.caseNumber("Dnr KF/2006.366"));
    assertEquals("ks 2024/142", ThreadKeys.caseNumber("KS-2024/142"));
    assertEquals("2024/142", ThreadKeys.caseNumber("Dnr 2024/142"));
    assertNull(ThreadKeys.caseNumber("2021/22:113")); // a sitting's number, unlabelled
    assertNull(ThreadKeys.caseNumber("KS § 3 a"));
  }
}
