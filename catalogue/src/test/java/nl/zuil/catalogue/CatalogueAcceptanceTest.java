package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A kiosk that got a version as an older kiosk format had it takes the same version again once its
 * agent asks for the kiosk's newer format (decision 0307), and only then.
 */
class CatalogueAcceptanceTest {

  private static final Catalogue DEFAULT = CatalogueLoader.loadDefault();
  private static final String PUBLISHED = CatalogueLoader.toJson(DEFAULT);

  @Test
  void theSameVersionFieldForFieldIsCurrent() throws Exception {
    Catalogue installed = kioskCopy(KioskCopy.FORMAT);

    CatalogueAcceptance.Verdict verdict = judge(KioskCopy.FORMAT, installed);

    assertThat(verdict.outcome()).isEqualTo(CatalogueAcceptance.Outcome.CURRENT);
  }

  @Test
  void theSameVersionWithPagesPerLanguageReplacesTheCopyWithout() throws Exception {
    Catalogue installed = kioskCopy(KioskCopy.FIRST_FORMAT);

    CatalogueAcceptance.Verdict verdict = judge(KioskCopy.FORMAT, installed);

    assertThat(verdict.outcome()).isEqualTo(CatalogueAcceptance.Outcome.INSTALL);
    assertThat(verdict.fetched().questionType("find_work").orElseThrow().infoUrl("ar"))
        .endsWith("/ar/finding-work");
  }

  private static CatalogueAcceptance.Verdict judge(int format, Catalogue installed) {
    return CatalogueAcceptance.judge(
        DEFAULT.region().code(),
        DEFAULT.version(),
        KioskCopy.of(PUBLISHED, format),
        Optional.of(installed));
  }

  private static Catalogue kioskCopy(int format) throws CatalogueException {
    return CatalogueLoader.parse(KioskCopy.of(PUBLISHED, format).toString(), "installed");
  }
}
