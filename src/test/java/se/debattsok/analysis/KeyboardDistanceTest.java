package se.debattsok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyboardDistanceTest {
  private final KeyboardDistance distance = new KeyboardDistance();

  @Test
  void keysThatTouch() {
    assertTrue(KeyboardDistance.adjacent('p', 'o'));
    assertTrue(KeyboardDistance.adjacent('p', 'å'));
    assertTrue(KeyboardDistance.adjacent('ö', 'ä'));
    assertTrue(KeyboardDistance.adjacent('v', 'g'));
    assertFalse(KeyboardDistance.adjacent('p', 't'));
    assertFalse(KeyboardDistance.adjacent('q', 'm'));
  }

  @Test
  void slipsCountHalfAnEdit() {
    assertEquals(1f, distance.getDistance("skolan", "skolan"));
    assertEquals(1 - 0.5f / 10, distance.getDistance("upbyggnad", "uppbyggnad")); // a doubled letter typed once
    assertEquals(1 - 0.5f / 7, distance.getDistance("skkolan", "skolan")); // a letter typed twice
    assertEquals(1 - 0.5f / 6, distance.getDistance("skloan", "skolan")); // two letters swapped
    assertEquals(1 - 0.5f / 6, distance.getDistance("skilan", "skolan")); // i beside o
    assertEquals(1 - 1f / 6, distance.getDistance("skalan", "skolan")); // a is nowhere near o
    assertThat(distance.getDistance("upbyggnad", "uppbyggnad")).isGreaterThan(distance.getDistance("upbyggnad", "utbyggnad"));
  }
}
