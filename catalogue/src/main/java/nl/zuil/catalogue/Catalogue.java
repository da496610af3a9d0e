package nl.zuil.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A region's validated catalogue. Instances come only from {@link CatalogueLoader}, which refuses
 * anything the {@link CatalogueValidator} finds wrong, so code holding one may trust every code in
 * it.
 *
 * @param contact how visitors reach the Werkcentrum when no gids is there; null in a catalogue that
 *     predates it
 * @param locations the region's inlooppunten with their gids hours; empty in a catalogue that
 *     predates them, and then no kiosk of the region knows when gidsen are present
 * @param closedDays public holidays and other days the whole region is closed
 * @param texts the visitor screen's fixed texts by key, so that no Dutch is hard-coded in Java
 * @param recordings the region's own recorded clips: per {@linkplain #recordedText text} and
 *     language the SHA-256 of a WAV file, which travels beside the catalogue (decision 0310).
 *     Written only when there are any, and left out of the copy kiosks of earlier releases get
 *     ({@link KioskCopy}).
 */
public record Catalogue(
    int formatVersion,
    Region region,
    int version,
    List<Language> languages,
    List<QuestionType> questionTypes,
    List<Situation> situations,
    List<Outcome> outcomes,
    List<Partner> partners,
    Contact contact,
    List<Location> locations,
    List<ClosedDay> closedDays,
    Map<String, Labels> texts,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> recordings) {

  /** Absent sections become empty, so the validator can name them instead of a parser crash. */
  public Catalogue {
    languages = copy(languages);
    questionTypes = copy(questionTypes);
    situations = copy(situations);
    outcomes = copy(outcomes);
    partners = copy(partners);
    locations = copy(locations);
    closedDays = copy(closedDays);
    texts = texts == null ? Map.of() : Map.copyOf(texts);
    recordings = recordings == null ? Map.of() : Map.copyOf(recordings);
  }

  /** Before recorded clips: the catalogue a region without recordings has. */
  public Catalogue(
      int formatVersion,
      Region region,
      int version,
      List<Language> languages,
      List<QuestionType> questionTypes,
      List<Situation> situations,
      List<Outcome> outcomes,
      List<Partner> partners,
      Contact contact,
      List<Location> locations,
      List<ClosedDay> closedDays,
      Map<String, Labels> texts) {
    this(
        formatVersion,
        region,
        version,
        languages,
        questionTypes,
        situations,
        outcomes,
        partners,
        contact,
        locations,
        closedDays,
        texts,
        Map.of());
  }

  /**
   * This catalogue with {@code defaults}' text for every screen text it does not have; its own
   * texts win. A kiosk of a newer release shows a text its region's catalogue predates (a new
   * button) in the release's words instead of refusing the region's catalogue.
   */
  public Catalogue withTextsFrom(Catalogue defaults) {
    Map<String, Labels> filled = new HashMap<>(defaults.texts());
    filled.putAll(texts);
    return new Catalogue(
        formatVersion,
        region,
        version,
        languages,
        questionTypes,
        situations,
        outcomes,
        partners,
        contact,
        locations,
        closedDays,
        filled,
        recordings);
  }

  /** This catalogue with {@code recordings} in place of its own. */
  public Catalogue withRecordings(Map<String, Map<String, String>> recordings) {
    return new Catalogue(
        formatVersion,
        region,
        version,
        languages,
        questionTypes,
        situations,
        outcomes,
        partners,
        contact,
        locations,
        closedDays,
        texts,
        recordings);
  }

  /**
   * The text a recording names: a screen text's key ({@code welcome.title}), {@code
   * questionTypes.<code>} or {@code situations.<code>}; empty when there is no such text.
   */
  public Optional<Labels> recordedText(String name) {
    if (name == null) {
      return Optional.empty();
    }
    if (name.startsWith(QUESTION_TYPES)) {
      return questionType(name.substring(QUESTION_TYPES.length())).map(QuestionType::labels);
    }
    if (name.startsWith(SITUATIONS)) {
      return situation(name.substring(SITUATIONS.length())).map(Situation::labels);
    }
    return Optional.ofNullable(texts.get(name));
  }

  /** Every recording as text, language and clip hash, in a stable order. */
  public List<Recording> recordingList() {
    return recordings.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(
            text ->
                (text.getValue() == null ? Map.<String, String>of() : text.getValue())
                    .entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(clip -> new Recording(text.getKey(), clip.getKey(), clip.getValue())))
        .toList();
  }

  private static final String QUESTION_TYPES = "questionTypes.";
  private static final String SITUATIONS = "situations.";

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  // The lookups take null codes: the validator uses them on a file it has not yet refused.
  public Optional<QuestionType> questionType(String code) {
    return questionTypes.stream().filter(q -> Objects.equals(code, q.code())).findFirst();
  }

  public Optional<Situation> situation(String code) {
    return situations.stream().filter(s -> Objects.equals(code, s.code())).findFirst();
  }

  public Optional<Outcome> outcome(String code) {
    return outcomes.stream().filter(o -> Objects.equals(code, o.code())).findFirst();
  }

  public Optional<Partner> partner(String code) {
    return partners.stream().filter(p -> Objects.equals(code, p.code())).findFirst();
  }

  public Optional<Location> location(String code) {
    return locations.stream().filter(l -> Objects.equals(code, l.code())).findFirst();
  }

  /** The outcome the kiosk records for a visit that no gids could take; at most one exists. */
  public Optional<Outcome> selfServiceOutcome() {
    return outcomes.stream().filter(Outcome::selfService).findFirst();
  }

  /** Whether the whole region is closed on {@code date}. */
  public boolean closedOn(LocalDate date) {
    String key = date.toString();
    return closedDays.stream().anyMatch(d -> key.equals(d.date()));
  }

  public Optional<Language> language(String code) {
    return languages.stream().filter(l -> Objects.equals(code, l.code())).findFirst();
  }

  /**
   * The fixed screen text for {@code key}. A screen checks at start-up that the catalogue holds
   * every key it uses, so a missing key here is a programming error, not something to show.
   */
  public Labels text(String key) {
    Labels labels = texts.get(key);
    if (labels == null) {
      throw new NoSuchElementException("catalogue has no text '" + key + "'");
    }
    return labels;
  }
}
