package se.debattsok.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * XML files: parsed once, then read by the format they turn out to be. A Swerik record ({@code
 * prot-…}) and a ParlaMint sitting hold utterances ({@code u}); other TEI files are Riksdag
 * interpellations. A corpus's lists of people and parties, and ParlaMint's root file, describe the
 * corpus and hold no documents themselves.
 */
final class XmlReader implements DocumentReader {
  private static final Map<String, String> DESCRIPTIONS = Map.of(
      "listPerson", "ParlaMint list of people (read for the sittings' speakers)",
      "listOrg", "ParlaMint list of parties and organisations (read for the sittings' parties)",
      "teiCorpus", "TEI corpus root file (read for its lists of people and parties)",
      "taxonomy", "TEI taxonomy (no documents)",
      "prefixDef", "TEI prefix definitions (no documents)");

  private final TeiInterpellationReader interpellations = new TeiInterpellationReader();
  private final ParlaMintReader sittings = new ParlaMintReader();
  private final SwerikProtocolReader protocols = new SwerikProtocolReader();

  @Override
  public Reading read(SourceFile file) throws IOException, UnreadableFileException {
    Element root = Xml.parse(file.path());
    String description = DESCRIPTIONS.get(root.getLocalName());
    if (description != null) {
      return new Reading(description, List.of());
    } else if (SwerikProtocolReader.isProtocol(root)) {
      return protocols.read(root, file);
    } else if (ParlaMintReader.isSitting(root)) {
      return sittings.read(root, file);
    }
    return new Reading(TeiInterpellationReader.FORMAT, interpellations.read(root, file));
  }
}
