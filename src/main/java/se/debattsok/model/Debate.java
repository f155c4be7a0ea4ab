package se.debattsok.model;

import java.util.Objects;

/**
 * The debate a speech belongs to: one agenda item of a sitting ("§ 8 Svar på interpellation
 * 2021/22:439 om …"), where many people speak in turn.
 *
 * @param id stable identifier shared by all speeches of the debate
 * @param title the agenda item as the minutes word it
 * @param position this speech's place in the debate, from 1
 */
public record Debate(String id, String title, int position) {
  public Debate {
    Objects.requireNonNull(id, "id");
    if (position < 1) {
      throw new IllegalArgumentException("a speech's position counts from 1, not " + position);
    }
  }
}
