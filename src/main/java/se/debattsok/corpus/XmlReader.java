package se.debattsok.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import se.debattsok.model.Document;

/**
 * XML files: parsed once, then read by the format they turn out to be. A ParlaMint sitting holds
 * utterances ({@code u}); other TEI files are Riksdag interpellations. A corpus's lists of people
 * and parties, and ParlaMint's root file, describe the corpus and hold no documents themselves.
 */
final class XmlReader implements DocumentReader {
  private static final Set<String> DESCRIPTIONS = Set.of("listPerson", "listOrg", "teiCorpus", "taxonomy", "prefixDef");

  private final TeiInterpellationReader interpellations = new TeiInterpellationReader();
  private final ParlaMintReader sittings = new ParlaMintReader();

  @Override
  public List<Document> read(SourceFile file) throws IOException, UnreadableFileException {
    Element root = Xml.parse(file.path());
    if (DESCRIPTIONS.contains(root.getLocalName())) {
      return List.of();
    }
    return ParlaMintReader.isSitting(root) ? sittings.read(root, file) : interpellations.read(root, file);
  }
}
