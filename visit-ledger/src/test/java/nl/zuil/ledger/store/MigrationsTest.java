package nl.zuil.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void bundledScriptsAreNumberedOneAfterAnotherAndExist() {
    Migrations bundled = Migrations.bundled();

    IntStream.range(0, bundled.scripts().size())
        .forEach(
            i -> {
              String name = bundled.scripts().get(i);
              assertThat(name).startsWith(String.format("%03d-", i + 1));
              assertThat(Migrations.class.getResource("/nl/zuil/ledger/store/migrations/" + name))
                  .as(name)
                  .isNotNull();
            });
  }
}
