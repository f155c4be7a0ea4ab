package se.debattsok.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * A sentence iterator that also breaks where the highlighter joined two paragraphs (it joins the
 * values of a multi-valued field with U+0000, which a sentence iterator reads as an ordinary
 * character), so that a snippet never runs from one paragraph into the next.
 */
final class ParagraphBreakIterator extends BreakIterator {
  static final char JOIN = '\u0000';

  private final BreakIterator sentences;
  private CharacterIterator original;

  ParagraphBreakIterator(BreakIterator sentences) {
    this.sentences = sentences;
  }

  @Override
  public void setText(CharacterIterator text) {
    original = text;
    int begin = text.getBeginIndex();
    int end = text.getEndIndex();
    // Same indices as the original (padding before its begin), so every offset stays valid.
    StringBuilder copy = new StringBuilder(end);
    copy.append(" ".repeat(begin));
    for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
      copy.append(c == JOIN ? '\u2029' : c);
    }
    sentences.setText(new StringCharacterIterator(copy.toString(), begin, end, begin));
  }

  @Override
  public CharacterIterator getText() {
    return original;
  }

  @Override
  public int first() {
    return sentences.first();
  }

  @Override
  public int last() {
    return sentences.last();
  }

  @Override
  public int next(int n) {
    return sentences.next(n);
  }

  @Override
  public int next() {
    return sentences.next();
  }

  @Override
  public int previous() {
    return sentences.previous();
  }

  @Override
  public int following(int offset) {
    return sentences.following(offset);
  }

  @Override
  public int preceding(int offset) {
    return sentences.preceding(offset);
  }

  @Override
  public boolean isBoundary(int offset) {
    return sentences.isBoundary(offset);
  }

  @Override
  public int current() {
    return sentences.current();
  }
}
