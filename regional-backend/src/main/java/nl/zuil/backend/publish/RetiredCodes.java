package nl.zuil.backend.publish;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Codes;

/**
 * Codes the region's statistics hold visits under that a new catalogue no longer has. Publishing
 * such a catalogue does not delete them: their counts stay, labelled from the newest version that
 * still had them and marked as retired. The review page warns about them before publishing.
 */
public final class RetiredCodes {

  /**
   * @param kind the section of the catalogue the code was in
   * @param visits every visit the region counted under the code
   */
  public record Retired(CatalogueDiff.Kind kind, String code, long visits) {}

  private final Database database;

  public RetiredCodes(Database database) {
    this.database = database;
  }

  /** The codes with counted visits that {@code next} lacks, by section. */
  public List<Retired> in(String regionCode, Catalogue next) {
    List<Retired> retired = new ArrayList<>();
    retired.addAll(
        retired(
            regionCode,
            CatalogueDiff.Kind.QUESTION_TYPES,
            "question_code",
            next,
            c -> codes(c.questionTypes(), q -> q.code())));
    retired.addAll(
        retired(
            regionCode,
            CatalogueDiff.Kind.SITUATIONS,
            "situation_code",
            next,
            c -> codes(c.situations(), s -> s.code())));
    retired.addAll(
        retired(
            regionCode,
            CatalogueDiff.Kind.OUTCOMES,
            "outcome_code",
            next,
            c -> codes(c.outcomes(), o -> o.code())));
    retired.addAll(
        retired(
            regionCode,
            CatalogueDiff.Kind.PARTNERS,
            "partner_code",
            next,
            c -> codes(c.partners(), p -> p.code())));
    return retired;
  }

  private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
    return items.stream().map(code).collect(Collectors.toSet());
  }

  private List<Retired> retired(
      String regionCode,
      CatalogueDiff.Kind kind,
      String column,
      Catalogue next,
      Function<Catalogue, Set<String>> codesOf) {
    Set<String> kept = codesOf.apply(next);
    // column is one of four constants above, never input.
    String sql =
        "SELECT "
            + column
            + ", sum(visits) FROM bucket WHERE region_code = ? GROUP BY "
            + column
            + " ORDER BY "
            + column;
    return database.inTransaction(
        c -> {
          List<Retired> found = new ArrayList<>();
          try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, regionCode);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                String code = rows.getString(1);
                long visits = rows.getLong(2);
                if (!code.equals(Codes.NONE) && !kept.contains(code) && visits > 0) {
                  found.add(new Retired(kind, code, visits));
                }
              }
            }
          }
          return found;
        });
  }
}
