package se.debattsok.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import se.debattsok.analysis.SwedishAnalysis;

/** Every field name of the index, with why each field is indexed the way it is. */
public final class Fields {
  /** The document id: exact term for look-ups and updates, doc values to break score ties. */
  public static final String ID = "id";
  /** Absolute path of the source file: a re-index replaces or deletes all documents of a file by it. */
  public static final String SOURCE = "source";
  /** Size and modification time of the source file when read: tells a re-index what changed. */
  public static final String FINGERPRINT = "fingerprint";
  /** {@code Kind.code()}: exact filter values. */
  public static final String KIND = "kind";
  /** Stemmed Swedish, stored, offsets in postings so the highlighter needs no re-analysis. */
  public static final String TITLE = "title";
  /** The paragraphs, one value each: stemmed, stored, offsets in postings (fast highlighting). */
  public static final String TEXT = "text";
  /** The paragraphs again, lower-cased only: quoted phrases, =exact forms, spelling suggestions. */
  public static final String TEXT_EXACT = "text_exact";
  /** The paragraphs again, stemmed and folded to ASCII, for queries typed without å, ä and ö. */
  public static final String TEXT_FOLDED = "text_folded";
  /**
   * The title and heading folded as {@link #TEXT_FOLDED} is: "aldreomsorg" finds a document whose
   * title alone says "äldreomsorg". Not stored and without offsets: titles are shown, not marked.
   */
  public static final String TITLE_FOLDED = "title_folded";
  /** The title as one {@link TitleKey} term: a query that is the whole title finds it first. */
  public static final String TITLE_KEY = "title_key";
  /**
   * A {@link TextSketch} of the paragraphs, stored only: a page of hits tells by it which hits are
   * copies of a text shown above them. Absent for short texts.
   */
  public static final String TEXT_SKETCH = "text_sketch";
  /** Epoch day: points for range filters, doc values for sorting, stored for display. */
  public static final String DATE = "date";
  public static final String ASSEMBLY = "assembly";
  /** The reference as written ("KS 2024/142"), stored for display. */
  public static final String REFERENCE = "reference";
  /** The reference lower-cased and untokenized, so "dnr:ks 2024/142" finds exactly it. */
  public static final String REFERENCE_KEY = "reference_key";
  public static final String ADDRESSEE = "addressee";
  /** Where the publisher shows the original ({@code Document.link()}): stored for display only. */
  public static final String LINK = "link";
  /** Names of the principals (asker, answerer, signer, speaker): folded, not stemmed. */
  public static final String PERSON = "person";
  /** Names of people who only took part in the debate. */
  public static final String PARTICIPANT = "participant";
  /** The principals' parties as shown ("S", "JxSí"): the trend's lines per party. */
  public static final String PARTY = "party";
  /**
   * The principals' parties in upper case, what the party filter and {@code parti:} look up: "mp"
   * and "MP" are one party, and so are "JxSí" and "jxsí".
   */
  public static final String PARTY_KEY = "party_key";
  /** Parallel stored lists, one entry per person, to give the people back in order. */
  public static final String PERSON_NAME = "person_name";
  public static final String PERSON_PARTY = "person_party";
  public static final String PERSON_ROLE = "person_role";
  /** The source's id of each person, "" where it has none; parallel to the three above. */
  public static final String PERSON_ID = "person_id";
  /** {@code Person.key()} of everyone in the document, untokenized: a person's page finds them by it. */
  public static final String PERSON_KEY = "person_key";

  /**
   * The debate a speech belongs to; a document that is no speech is a debate of its own (its id),
   * so that grouping by debate keeps it as one group. Sorted doc values, which grouping needs, and
   * a term, which the speeches of one debate are found by.
   */
  public static final String DEBATE_ID = "debate_id";
  /**
   * Every {@link se.debattsok.model.ThreadKeys} key of a document, untokenized: a document's thread
   * is the documents that share a key with it. Not stored: the keys are derived again from what is.
   */
  public static final String THREAD_KEY = "thread_key";
  /**
   * The thread hits are grouped by: a document's first thread key, or its debate where it has none.
   * Stored and sorted doc values, as {@link #DEBATE_ID}.
   */
  public static final String THREAD_ID = "thread_id";
  /** The debate's title, stored for display. */
  public static final String DEBATE_TITLE = "debate_title";
  /** A speech's place in its debate: stored for display, doc values to order the debate by. */
  public static final String DEBATE_POSITION = "debate_position";

  /**
   * Facet dimensions, counted from sorted-set doc values (no side index): the principals' parties
   * and names, the kind, the assembly and the year.
   */
  public static final String FACET_PARTY = "party";
  /** The parties of those who raise a matter (ask, sign, speak) and of those who answer it. */
  public static final String FACET_PARTY_RAISED = "party_raised";
  public static final String FACET_PARTY_ANSWERED = "party_answered";
  /** The same, as upper-case keys the filters match ({@code Person.partyKey}). */
  public static final String PARTY_RAISED_KEY = "party_raised_key";
  public static final String PARTY_ANSWERED_KEY = "party_answered_key";
  public static final String FACET_PERSON = "person";
  public static final String FACET_KIND = "kind";
  public static final String FACET_ASSEMBLY = "assembly";
  public static final String FACET_YEAR = "year";
  public static final List<String> FACETS =
      List.of(FACET_PARTY, FACET_PARTY_RAISED, FACET_PARTY_ANSWERED, FACET_PERSON, FACET_KIND, FACET_ASSEMBLY, FACET_YEAR);

  /**
   * The exact and folded copies: not stored (the highlighter reads the text field's stored value
   * for them too), but with offsets, so that a hit found through them is marked all the same. The
   * highlighter reads each copy's own postings: without offsets there it analyses the text again
   * for every hit, and bulk search was much slower (docs/benchmark.md).
   */
  static final FieldType UNSTORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    UNSTORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    UNSTORED_TEXT_WITH_OFFSETS.freeze();
  }

  /** Analysed text with offsets stored in the postings: what the unified highlighter reads fastest. */
  static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT_WITH_OFFSETS.freeze();
  }

  private Fields() {}

  /** How the facet dimensions are stored; the same object at index and at search time. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_PARTY, true);
    config.setMultiValued(FACET_PARTY_RAISED, true);
    config.setMultiValued(FACET_PARTY_ANSWERED, true);
    config.setMultiValued(FACET_PERSON, true);
    return config;
  }

  /** The analyzers used to write the index, field by field. */
  public static Analyzer indexAnalyzer() {
    Analyzer names = SwedishAnalysis.names();
    return new PerFieldAnalyzerWrapper(SwedishAnalysis.text(), Map.of(TITLE, SwedishAnalysis.title(), PERSON, names,
        PARTICIPANT, names, TEXT_EXACT, SwedishAnalysis.exact(), TEXT_FOLDED, SwedishAnalysis.folded(),
        TITLE_FOLDED, SwedishAnalysis.foldedTitle()));
  }

  /** The analyzers used on users' queries: as at index time, without filler words. */
  public static Analyzer queryAnalyzer() {
    Analyzer names = SwedishAnalysis.namesQuery();
    Analyzer folded = SwedishAnalysis.foldedQuery();
    return new PerFieldAnalyzerWrapper(SwedishAnalysis.textQuery(), Map.of(PERSON, names, PARTICIPANT, names,
        TEXT_EXACT, SwedishAnalysis.exact(), TEXT_FOLDED, folded, TITLE_FOLDED, folded));
  }
}
