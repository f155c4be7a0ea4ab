package se.debattsok.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.index.Fields;

/** The stems of a text as titles are analysed (no compound heads), each with the word as written. */
final class Stems {
  /** One analyzer for every caller: analyzers are safe to share between threads. */
  static final Analyzer ANALYZER = SwedishAnalysis.title();

  private Stems() {}

  /** Gives each stem of the text in order, with the word it was made from as the text writes it. */
  static void each(String text, BiConsumer<String, String> stemAndWord) {
    if (text == null) {
      return;
    }
    try (TokenStream tokens = ANALYZER.tokenStream(Fields.TITLE, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stemAndWord.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string reads no file
    }
  }
}
