package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.debattsok.model.Kind;
import se.debattsok.model.ThreadKeys;

/** Tells each hit of a page whether it is part of a thread, and of how many documents: one question to the backend. */
final class ThreadSizes {
  private ThreadSizes() {}

  static SearchResult add(SearchResult result, SearchBackend backend) throws IOException {
    List<SearchResult.Group> given = result.groups() == null ? List.of() : result.groups();
    List<SearchResult.Hit> all = new ArrayList<>(result.hits());
    given.forEach(group -> all.addAll(group.hits()));
    List<List<String>> keys = all.stream().map(ThreadSizes::keys).toList();
    if (keys.stream().allMatch(List::isEmpty)) {
      return result;
    }
    int[] sizes = backend.threadSizes(keys);
    int[] next = {0};
    List<SearchResult.Hit> hits = result.hits().stream().map(hit -> sized(hit, sizes[next[0]++])).toList();
    List<SearchResult.Group> groups = new ArrayList<>();
    for (SearchResult.Group group : given) {
      List<SearchResult.Hit> inGroup = group.hits().stream().map(hit -> sized(hit, sizes[next[0]++])).toList();
      groups.add(new SearchResult.Group(group.debateId(), group.threadId(), group.title(), group.date(), group.matches(), inGroup));
    }
    return result.withHits(hits, result.groups() == null ? null : groups);
  }

  static List<String> keys(SearchResult.Hit hit) {
    return ThreadKeys.of(Kind.parse(hit.kind()).orElse(Kind.OTHER), hit.assembly(), hit.reference(), hit.title(),
        hit.debate() == null ? null : hit.debate().title());
  }

  private static SearchResult.Hit sized(SearchResult.Hit hit, int size) {
    return size > 1 ? hit.inThread(new SearchResult.HitThread(size)) : hit;
  }
}
