package se.debattsok.corpus;

import static se.debattsok.corpus.Xml.descendants;
import static se.debattsok.corpus.Xml.xmlId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** Which {@code u} fragments of a Swerik record are one speech. */
final class FragmentChains {
  private FragmentChains() {}

  /**
   * Which fragments belong together: those linked by {@code next}/{@code prev}, and those the header
   * lists as one speech ({@code note type="speech"} with a {@code linkGrp} of pointers). Each
   * fragment's id maps to the id of its chain.
   */
  static Map<String, String> of(Element tei) {
    UnionFind chains = new UnionFind();
    for (Element u : descendants(tei, "u")) {
      String id = xmlId(u);
      if (id == null) {
        continue;
      }
      chains.add(id);
      for (String link : List.of(u.getAttribute("next"), u.getAttribute("prev"))) {
        if (!link.isBlank()) {
          chains.union(id, link.strip().replaceFirst("^#", ""));
        }
      }
    }
    for (Element group : descendants(Xml.child(tei, "teiHeader"), "linkGrp")) {
      String first = null;
      for (Element ptr : descendants(group, "ptr")) {
        String target = ptr.getAttribute("target").strip().replaceFirst("^#", "");
        if (!target.isEmpty() && chains.contains(target)) {
          if (first == null) {
            first = target;
          } else {
            chains.union(first, target);
          }
        }
      }
    }
    return chains.roots();
  }

  /** Disjoint sets of fragment ids, by path halving. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String id) {
      parent.putIfAbsent(id, id);
    }

    boolean contains(String id) {
      return parent.containsKey(id);
    }

    String find(String id) {
      add(id);
      while (!parent.get(id).equals(id)) {
        parent.put(id, parent.get(parent.get(id)));
        id = parent.get(id);
      }
      return id;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }

    Map<String, String> roots() {
      Map<String, String> out = new HashMap<>();
      for (String id : List.copyOf(parent.keySet())) {
        out.put(id, find(id));
      }
      return out;
    }
  }
}
