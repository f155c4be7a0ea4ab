package se.debattsok.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Safe parsing of TEI files and small null-tolerant DOM helpers: a missing element reads as absent. */
final class Xml {
  static final String TEI = "http://www.tei-c.org/ns/1.0";

  private Xml() {}

  /**
   * One parser per thread, reset between files: making a parser costs about half as much as
   * parsing a whole interpellation (a profile of the indexer showed 4 % of its time in it).
   */
  private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
    try {
      DocumentBuilder builder = Factory.SECURE.newDocumentBuilder();
      builder.setErrorHandler(null); // errors arrive as exceptions; do not also print them
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  });

  /** Parses a file with no DTDs, no external entities and no XInclude. */
  static Element parse(Path path) throws IOException, UnreadableFileException {
    DocumentBuilder builder = BUILDERS.get();
    try (InputStream in = Files.newInputStream(path)) {
      return builder.parse(in).getDocumentElement();
    } catch (SAXException e) {
      throw new UnreadableFileException("malformed XML: " + e.getMessage(), e);
    } finally {
      builder.reset(); // back to its factory's (secure) settings for the next file
    }
  }

  /** The factory is made once; it is only read after that (a new builder per parse). */
  private static final class Factory {
    static final DocumentBuilderFactory SECURE = secureFactory();

    private static DocumentBuilderFactory secureFactory() {
      // A corpus file must never make us read other files or the network (XXE), nor expand
      // entities without bound.
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        // Every file is read whole: building the nodes as it is parsed is cheaper than Xerces's
        // default of building them when first visited.
        f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        return f;
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("the XML parser cannot be made safe", e);
      }
    }
  }

  static String xmlId(Element element) {
    String id = element == null ? "" : element.getAttributeNS(XMLConstants.XML_NS_URI, "id").strip();
    return id.isEmpty() ? null : id;
  }

  /** The element's text, cleaned (one space between words); null when there is none. */
  static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = Text.clean(element.getTextContent());
    return text.isEmpty() ? null : text;
  }

  static String attribute(Element element, String name) {
    return element == null ? null : element.getAttribute(name);
  }

  static Element child(Element parent, String localName) {
    List<Element> children = children(parent, localName);
    return children.isEmpty() ? null : children.get(0);
  }

  /** The child elements of that name, or all of them when the name is null. */
  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
          found.add(e);
        }
      }
    }
    return found;
  }

  /** The first descendant of that name: found without walking the rest of the tree. */
  static Element first(Element parent, String localName) {
    return parent == null ? null : (Element) parent.getElementsByTagNameNS(TEI, localName).item(0);
  }

  static List<Element> descendants(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      var nodes = parent.getElementsByTagNameNS(TEI, localName);
      for (int i = 0; i < nodes.getLength(); i++) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }
}
