package se.debattsok.search;

import se.debattsok.index.Fields;

/** What hits are counted by beside the search, each dimension with its name in the index, the JSON and the URL. */
public enum Facet {
  PARTY(Fields.FACET_PARTY),
  /** The parties of those who raise a matter: askers, signers, speakers. */
  RAISED_BY(Fields.FACET_PARTY_RAISED),
  /** The parties of those who answer it: ministers, councillors. */
  ANSWERED_BY(Fields.FACET_PARTY_ANSWERED),
  PERSON(Fields.FACET_PERSON),
  KIND(Fields.FACET_KIND),
  ASSEMBLY(Fields.FACET_ASSEMBLY),
  YEAR(Fields.FACET_YEAR);

  private final String key;

  Facet(String key) {
    this.key = key;
  }

  /** The dimension's name: "party", "party_raised", "party_answered", "person", "kind", "assembly", "year". */
  public String key() {
    return key;
  }
}
