package nl.zuil.kiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Labels;
import nl.zuil.catalogue.Language;
import nl.zuil.kiosk.testing.KioskFixture;
import org.junit.jupiter.api.Test;

class TextKeyCheckTest {

  private final Catalogue catalogue = KioskFixture.CATALOGUE;

  @Test
  void theBundledCatalogueHasEveryTextTheScreensShow() {
    assertThat(TextKeyCheck.problems(catalogue, VisitorTexts.all())).isEmpty();
    assertThat(TextKeyCheck.problems(catalogue, StaffTexts.all())).isEmpty();
  }

  @Test
  void everyVisitorTextIsTranslatedIntoEveryLanguage() {
    for (TextKey key : VisitorTexts.all()) {
      for (Language language : catalogue.languages()) {
        assertThat(catalogue.text(key.key()).has(language.code()))
            .as("%s in %s", key.key(), language.code())
            .isTrue();
      }
    }
  }

  @Test
  void namesAMissingTextAndAMissingPlaceholder() {
    Map<String, Labels> texts = new HashMap<>(catalogue.texts());
    texts.remove("ticket.title");
    texts.put(
        "idle.countdown",
        new Labels(Map.of("nl", "Over {seconds} seconden terug.", "pl", "Za chwilę wróci.")));
    Catalogue edited =
        new Catalogue(
            catalogue.formatVersion(),
            catalogue.region(),
            catalogue.version(),
            catalogue.languages(),
            catalogue.questionTypes(),
            catalogue.situations(),
            catalogue.outcomes(),
            catalogue.partners(),
            catalogue.contact(),
            catalogue.locations(),
            catalogue.closedDays(),
            texts);

    assertThat(TextKeyCheck.problems(edited, VisitorTexts.all()))
        .containsExactlyInAnyOrder(
            "texts.ticket.title: missing", "texts.idle.countdown.pl: lacks {seconds}");
  }

  @Test
  void aLanguageWithoutATranslationShowsDutchNotAKey() {
    ScreenTexts arabic = ScreenTexts.fixed(catalogue, "ar");
    Labels dutchAndEnglishOnly = catalogue.outcome("referred").orElseThrow().labels();

    assertThat(arabic.now(dutchAndEnglishOnly)).isEqualTo("Doorverwezen (warme overdracht)");
    assertThat(arabic.now(VisitorTexts.TICKET_TITLE)).isEqualTo("رقمك");
    assertThat(ScreenTexts.fill("{a} en {b}", Map.of("a", 1, "b", "twee"))).isEqualTo("1 en twee");
  }
}
