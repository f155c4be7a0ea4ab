package se.debattsok.corpus;

import java.io.IOException;
import java.util.List;
import se.debattsok.model.Document;

/** Reads .txt and .md files: UTF-8 text, with the council-document layout recognised. */
public final class PlainTextReader implements DocumentReader {

  @Override
  public List<Document> read(SourceFile file) throws IOException, UnreadableFileException {
    String text = Text.readUtf8(file.path());
    boolean markdown = file.extension().equals("md");
    return MinutesSpeeches.split(CouncilText.parse(text, markdown, file.relativePath(), file.path().toString()));
  }
}
