package nl.zuil.ledger.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.LedgerReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlipCountsTest {

  @TempDir Path dir;
  private LedgerFixture fixture;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-12-03T10:00");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void countsSlipsPerWeekPartnerAndQuestionEachChangeWithTheNextRevision() {
    SlipCounts slips = fixture.ledger.slips();

    slips.count(LocalDate.parse("2026-11-30"), "uwv", "find_work");
    slips.count(LocalDate.parse("2026-12-06"), "uwv", "find_work");
    slips.count(LocalDate.parse("2026-12-03"), "municipality_debt_help", "money_debt");
    slips.count(LocalDate.parse("2026-12-07"), "uwv", "find_work");

    assertThat(slips.changedSince(0))
        .containsExactly(
            new SlipCount("2026-W49", "uwv", "find_work", 2, 2),
            new SlipCount("2026-W49", "municipality_debt_help", "money_debt", 1, 3),
            new SlipCount("2026-W50", "uwv", "find_work", 1, 4));
    assertThat(slips.changedSince(3))
        .containsExactly(new SlipCount("2026-W50", "uwv", "find_work", 1, 4));
  }

  @Test
  void theAgentReadsTheCountsFromItsReadOnlyView() throws Exception {
    fixture.ledger.slips().count(LocalDate.parse("2026-12-03"), "uwv", "find_work");

    try (LedgerReader reader = LedgerReader.open(fixture.ledger.file())) {
      assertThat(reader.slips().changedSince(0))
          .containsExactly(new SlipCount("2026-W49", "uwv", "find_work", 1, 1));
    }
  }
}
