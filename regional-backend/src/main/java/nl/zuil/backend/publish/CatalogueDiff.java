package nl.zuil.backend.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Labels;

/**
 * What a draft changes against the published catalogue, section by section, for the reviewer: which
 * codes are new, which go, which keep their code but get another label. Screen texts are only
 * counted; a reviewer checks those on a kiosk.
 */
public record CatalogueDiff(List<Section> sections, int changedTexts) {

  /** The sections in the order the review page shows them. */
  public enum Kind {
    QUESTION_TYPES("questionTypes"),
    SITUATIONS("situations"),
    OUTCOMES("outcomes"),
    PARTNERS("partners"),
    LANGUAGES("languages");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The section's name in the catalogue file. */
    public String field() {
      return field;
    }
  }

  /**
   * @param before empty for an added code
   * @param after empty for a removed code
   */
  public record Entry(String code, Optional<Labels> before, Optional<Labels> after) {}

  public record Section(Kind kind, List<Entry> added, List<Entry> removed, List<Entry> relabelled) {
    public boolean unchanged() {
      return added.isEmpty() && removed.isEmpty() && relabelled.isEmpty();
    }
  }

  /**
   * @param published empty when the region has never published: then everything is added
   */
  public static CatalogueDiff between(Optional<Catalogue> published, Catalogue draft) {
    Catalogue before = published.orElse(null);
    List<Section> sections = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Function<Catalogue, Map<String, Labels>> labels = labelsOf(kind);
      sections.add(
          section(kind, before == null ? Map.of() : labels.apply(before), labels.apply(draft)));
    }
    Map<String, Labels> textsBefore = before == null ? Map.of() : before.texts();
    int changedTexts = 0;
    for (String key : union(textsBefore, draft.texts())) {
      if (!Objects.equals(textsBefore.get(key), draft.texts().get(key))) {
        changedTexts++;
      }
    }
    return new CatalogueDiff(List.copyOf(sections), changedTexts);
  }

  public boolean unchanged() {
    return changedTexts == 0 && sections.stream().allMatch(Section::unchanged);
  }

  private static Function<Catalogue, Map<String, Labels>> labelsOf(Kind kind) {
    return catalogue -> {
      Map<String, Labels> labels = new LinkedHashMap<>();
      switch (kind) {
        case QUESTION_TYPES ->
            catalogue.questionTypes().forEach(q -> labels.put(q.code(), q.labels()));
        case SITUATIONS -> catalogue.situations().forEach(s -> labels.put(s.code(), s.labels()));
        case OUTCOMES -> catalogue.outcomes().forEach(o -> labels.put(o.code(), o.labels()));
        case PARTNERS -> catalogue.partners().forEach(p -> labels.put(p.code(), p.labels()));
          // A language's label is its own name, the same whatever language the page is in.
        case LANGUAGES ->
            catalogue.languages().forEach(l -> labels.put(l.code(), Labels.of(l.name())));
      }
      return labels;
    };
  }

  private static Section section(Kind kind, Map<String, Labels> before, Map<String, Labels> after) {
    List<Entry> added = new ArrayList<>();
    List<Entry> removed = new ArrayList<>();
    List<Entry> relabelled = new ArrayList<>();
    for (String code : union(before, after)) {
      Optional<Labels> old = Optional.ofNullable(before.get(code));
      Optional<Labels> now = Optional.ofNullable(after.get(code));
      Entry entry = new Entry(code, old, now);
      if (old.isEmpty()) {
        added.add(entry);
      } else if (now.isEmpty()) {
        removed.add(entry);
      } else if (!old.equals(now)) {
        relabelled.add(entry);
      }
    }
    return new Section(kind, List.copyOf(added), List.copyOf(removed), List.copyOf(relabelled));
  }

  private static List<String> union(Map<String, ?> before, Map<String, ?> after) {
    List<String> codes = new ArrayList<>(after.keySet());
    before.keySet().stream().filter(code -> !after.containsKey(code)).forEach(codes::add);
    return codes;
  }
}
