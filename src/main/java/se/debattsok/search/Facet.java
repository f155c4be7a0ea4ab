package se.debattsok.search;

import se.debattsok.index.Fields;

/** What hits are counted by beside the search, each dimension with its name in the index, the JSON and the URL. */
public enum Facet {
  PARTY(Fields.FACET_PARTY),
  PERSON(Fields.FACET_PERSON),
  KIND(Fields.FACET_KIND),
  ASSEMBLY(Fields.FACET_ASSEMBLY),
  YEAR(Fields.FACET_YEAR);

  private final String key;

  Facet(String key) {
    this.key = key;
  }

  /** The dimension's name: "party", "person", "kind", "assembly", "year". */
  public String key() {
    return key;
  }
}
