package se.debattsok.index;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import se.debattsok.model.Document;

/**
 * A document as a Solr collection takes it: the fields {@link DocumentMapper} makes for the local
 * index, value for value, so the two cannot drift apart. Solr's schema (the configset's
 * schema.xml) says how each is indexed; a facet value goes to the field {@code facet_<dimension>}.
 */
public final class SolrDocuments {
  static final String FACET_PREFIX = "facet_";

  private SolrDocuments() {}

  static SolrInputDocument of(Document doc, String fingerprint) {
    SolrInputDocument solr = new SolrInputDocument();
    for (IndexableField field : DocumentMapper.fields(doc, fingerprint)) {
      if (field instanceof SortedSetDocValuesFacetField facet) {
        solr.addField(FACET_PREFIX + facet.dim, facet.path[0]);
        continue;
      }
      boolean docValuesOnly = !field.fieldType().stored() && field.fieldType().indexOptions() == IndexOptions.NONE
          && field.fieldType().pointDimensionCount() == 0 && field.fieldType().docValuesType() != DocValuesType.NONE;
      if (!docValuesOnly) { // the schema gives a field doc values of its own
        solr.addField(field.name(), value(field));
      }
    }
    return solr;
  }

  /**
   * The document's stored fields as Lucene's stored document (a copy of the text sketch too), for
   * {@link DocumentMapper#fromStored} and {@link DocumentMapper#sketchOf}.
   */
  public static org.apache.lucene.document.Document stored(SolrDocument solr) {
    var stored = new org.apache.lucene.document.Document();
    for (String name : solr.getFieldNames()) {
      for (Object value : solr.getFieldValues(name)) {
        switch (value) {
          case String text -> stored.add(new StoredField(name, text));
          case Integer number -> stored.add(new StoredField(name, number));
          case Long number -> stored.add(new StoredField(name, number));
          case Float number -> stored.add(new StoredField(name, number));
          case byte[] bytes -> stored.add(new StoredField(name, bytes));
          case java.nio.ByteBuffer bytes -> {
            byte[] copy = new byte[bytes.remaining()];
            bytes.duplicate().get(copy);
            stored.add(new StoredField(name, copy));
          }
          default -> stored.add(new StoredField(name, value.toString()));
        }
      }
    }
    return stored;
  }

  private static Object value(IndexableField field) {
    if (field.numericValue() != null) {
      return field.numericValue();
    }
    if (field.stringValue() != null) {
      return field.stringValue();
    }
    BytesRef bytes = field.binaryValue(); // a keyword's term, or stored bytes (the text sketch)
    return field.fieldType().indexOptions() == IndexOptions.NONE ? BytesRef.deepCopyOf(bytes).bytes : bytes.utf8ToString();
  }
}
