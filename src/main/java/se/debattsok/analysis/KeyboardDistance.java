package se.debattsok.analysis;

import org.apache.lucene.search.spell.StringDistance;

/**
 * How alike two words are, with the slips of a Swedish keyboard counting half an edit: a key next to
 * the one meant ("sjukvåfden"), a doubled letter typed once or a letter typed twice ("upbyggnad",
 * "skkolan"), two letters swapped ("förslgaet"). Other edits count one. Among corrections one edit away, the likelier slip wins:
 * "upbyggnad" is "uppbyggnad" (a p typed once), not "utbyggnad" (t for p, keys apart), however
 * common that word. Similarity as Lucene's Levenshtein gives it: 1 − edits / the longer length.
 */
public final class KeyboardDistance implements StringDistance {
  private static final String[] ROWS = {"qwertyuiopå", "asdfghjklöä", "zxcvbnm"};
  private static final float SLIP = 0.5f;

  @Override
  public float getDistance(String typed, String word) {
    int n = typed.length();
    int m = word.length();
    if (n == 0 || m == 0) {
      return n == m ? 1 : 0;
    }
    // Optimal string alignment (Damerau-Levenshtein without edits on edited parts), weighted.
    float[][] d = new float[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      char a = typed.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char b = word.charAt(j - 1);
        float substitute = a == b ? 0 : adjacent(a, b) ? SLIP : 1;
        // A letter left out or typed twice is a slip where the letter is doubled ("upp" typed "up").
        float leftOut = j >= 2 && word.charAt(j - 2) == b ? SLIP : 1;
        float doubled = i >= 2 && typed.charAt(i - 2) == a ? SLIP : 1;
        float cost = Math.min(Math.min(d[i - 1][j] + doubled, d[i][j - 1] + leftOut), d[i - 1][j - 1] + substitute);
        if (i >= 2 && j >= 2 && a == word.charAt(j - 2) && typed.charAt(i - 2) == b) {
          cost = Math.min(cost, d[i - 2][j - 2] + SLIP);
        }
        d[i][j] = cost;
      }
    }
    return 1 - d[n][m] / Math.max(n, m);
  }

  /** Whether two keys touch on a Swedish keyboard (same row or the next, one column apart at most). */
  public static boolean adjacent(char a, char b) {
    int[] pa = key(a);
    int[] pb = key(b);
    return pa != null && pb != null && Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
  }

  private static int[] key(char c) {
    for (int row = 0; row < ROWS.length; row++) {
      int col = ROWS[row].indexOf(c);
      if (col >= 0) {
        return new int[] {row, col};
      }
    }
    return null;
  }
}
