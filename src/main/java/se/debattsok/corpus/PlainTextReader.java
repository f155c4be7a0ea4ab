package se.debattsok.corpus;

import java.io.IOException;

/** Reads .txt and .md files: UTF-8 text, with the council-document layout recognised. */
public final class PlainTextReader implements DocumentReader {

  @Override
  public Reading read(SourceFile file) throws IOException, UnreadableFileException {
    String text = Text.readUtf8(file.path());
    boolean markdown = file.extension().equals("md");
    return new Reading(markdown ? "Markdown" : "plain text",
        MinutesSpeeches.split(CouncilText.parse(text, markdown, file.relativePath(), file.path().toString())));
  }
}
