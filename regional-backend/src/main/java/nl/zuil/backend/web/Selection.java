package nl.zuil.backend.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Period;

/**
 * What one request asks to see (the filters), narrowed to what its reader may see. A location or
 * municipality outside the reader's region or municipality is answered exactly like one that does
 * not exist: 404, so no request can learn what another region has.
 *
 * @param locations the inlooppunten to add up, never empty unless the reader may see none
 * @param chosenLocations the ones the filter named, empty for "all"
 */
record Selection(
    Period period,
    List<Location> visible,
    List<Location> locations,
    List<String> chosenLocations,
    Optional<String> municipality,
    Optional<String> question) {

  static Selection parse(
      Map<String, List<String>> parameters,
      StaffUser user,
      List<Location> regionLocations,
      CatalogueLabels labels,
      LocalDate today) {
    Period period = period(parameters, today);
    List<Location> visible = user.visible(regionLocations);
    Optional<String> municipality = single(parameters, "municipality");
    if (municipality.isPresent()
        && visible.stream().noneMatch(l -> l.municipality().equals(municipality.get()))) {
      throw PageException.notFound();
    }
    List<Location> inMunicipality =
        visible.stream()
            .filter(l -> municipality.isEmpty() || l.municipality().equals(municipality.get()))
            .toList();
    List<String> chosen = new ArrayList<>(new LinkedHashSet<>(all(parameters, "location")));
    List<Location> locations = new ArrayList<>();
    for (String code : chosen) {
      Location location =
          inMunicipality.stream()
              .filter(l -> l.code().equals(code))
              .findFirst()
              .orElseThrow(PageException::notFound);
      locations.add(location);
    }
    if (chosen.isEmpty()) {
      locations.addAll(inMunicipality);
    }
    locations.sort(Location.AS_LISTED);
    Optional<String> question = single(parameters, "question");
    if (question.isPresent() && !labels.hasQuestion(question.get())) {
      throw PageException.notFound();
    }
    return new Selection(
        period, visible, List.copyOf(locations), List.copyOf(chosen), municipality, question);
  }

  Selection withPeriod(Period other) {
    return new Selection(other, visible, locations, chosenLocations, municipality, question);
  }

  /** The municipalities among the visible inlooppunten, for the filter. */
  Set<String> municipalities() {
    Set<String> names = new TreeSet<>();
    visible.forEach(l -> names.add(l.municipality()));
    return names;
  }

  /** The query string that asks for this selection again, optionally for another period. */
  String query(Period other) {
    StringBuilder query = new StringBuilder();
    query.append("period=").append(other.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (other.kind() == Period.Kind.CUSTOM) {
      query.append("&from=").append(other.from()).append("&to=").append(other.to());
    } else {
      query.append("&date=").append(other.from());
    }
    for (String code : chosenLocations) {
      query.append("&location=").append(Html.url(code));
    }
    municipality.ifPresent(m -> query.append("&municipality=").append(Html.url(m)));
    question.ifPresent(q -> query.append("&question=").append(Html.url(q)));
    return query.toString();
  }

  String query() {
    return query(period);
  }

  private static Period period(Map<String, List<String>> parameters, LocalDate today) {
    String kind = single(parameters, "period").orElse("month");
    try {
      return switch (kind) {
        case "week" -> Period.week(date(parameters, "date").orElse(today));
        case "month" -> Period.month(date(parameters, "date").orElse(today));
        case "quarter" -> Period.quarter(date(parameters, "date").orElse(today));
        case "custom" ->
            Period.custom(
                date(parameters, "from").orElseThrow(PageException::badRequest),
                date(parameters, "to").orElseThrow(PageException::badRequest));
        default -> throw PageException.badRequest();
      };
    } catch (IllegalArgumentException e) {
      throw PageException.badRequest();
    }
  }

  private static Optional<LocalDate> date(Map<String, List<String>> parameters, String name) {
    Optional<String> text = single(parameters, name);
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw PageException.badRequest();
    }
  }

  private static Optional<String> single(Map<String, List<String>> parameters, String name) {
    List<String> values = all(parameters, name);
    if (values.size() > 1) {
      throw PageException.badRequest();
    }
    return values.stream().findFirst();
  }

  private static List<String> all(Map<String, List<String>> parameters, String name) {
    return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
  }
}
