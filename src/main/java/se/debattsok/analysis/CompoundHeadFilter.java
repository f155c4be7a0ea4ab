package se.debattsok.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After each compound, its heads as extra tokens at the same position, with offsets that cover the
 * head alone (so the highlighter marks "skol<b>segregationen</b>"), typed {@link #HEAD}, for the
 * stemmer to stem and {@link HeadMarkFilter} to mark. Index time only: split at query time, "skolsegregation" would also
 * find every document about schools.
 */
final class CompoundHeadFilter extends TokenFilter {
  static final String HEAD = "compound_head";
  /** Words already split by this stream; a debate repeats its words, and splitting is not free. */
  private static final int CACHE_SIZE = 50_000;

  private final CompoundSplitter splitter;
  private final boolean foldingWordsOnly;
  private final CharArrayMap<List<String>> cache = new CharArrayMap<>(1024, false);
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private State word;

  CompoundHeadFilter(TokenStream input, CompoundSplitter splitter) {
    this(input, splitter, false);
  }

  /**
   * @param foldingWordsOnly split only words with letters outside ASCII (å, ä, ö, é): for the folded
   *     copy, which keeps only the terms folding changes, so that the heads of other words would
   *     only be split to be dropped
   */
  CompoundHeadFilter(TokenStream input, CompoundSplitter splitter, boolean foldingWordsOnly) {
    super(input);
    this.splitter = splitter;
    this.foldingWordsOnly = foldingWordsOnly;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      int wordLength = term.length();
      String head = pending.poll();
      if (offset.endOffset() - offset.startOffset() == wordLength) {
        // The text is the word as written (no character filter changed its length): point at the head.
        offset.setOffset(offset.endOffset() - head.length(), offset.endOffset());
      }
      term.setEmpty().append(head);
      position.setPositionIncrement(0);
      type.setType(HEAD);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() >= CompoundSplitter.MIN_WORD && !(foldingWordsOnly && ascii(term.buffer(), term.length()))) {
      List<String> heads = headsOf(term.buffer(), term.length());
      if (!heads.isEmpty()) {
        pending.addAll(heads);
        word = captureState();
      }
    }
    return true;
  }

  private static boolean ascii(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private List<String> headsOf(char[] buffer, int length) {
    List<String> heads = cache.get(buffer, 0, length);
    if (heads == null) {
      heads = WordCounts.lettersOnly(buffer, length) ? splitter.heads(buffer, length) : List.of();
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(new String(buffer, 0, length), heads);
    }
    return heads;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
