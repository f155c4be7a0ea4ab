package se.debattsok.model;

import java.util.Locale;

/**
 * The part a person plays in a document. {@link #PARTICIPANT} is someone who only took part in the
 * debate around it (e.g. another member speaking in an interpellation debate); the others are the
 * document's principals, which the party and speaker filters look at.
 */
public enum Role {
  ASKER,
  ANSWERER,
  SIGNER,
  SPEAKER,
  /** Whoever chairs a sitting (the Speaker of the Riksdag, a council's chair) while speaking. */
  CHAIR,
  /** A speaker who is not a member: a minister outside the assembly, an invited expert. */
  GUEST,
  PARTICIPANT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPrincipal() {
    return this != PARTICIPANT;
  }

  /**
   * Whether the person raises the matter (asks, signs, speaks) rather than answers it: "who brings
   * this up?" counts these parties, not the governing party's ministers who answer.
   */
  public boolean raises() {
    return isPrincipal() && this != ANSWERER;
  }
}
