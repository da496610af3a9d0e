package nl.zuil.sync.chaos;

import nl.zuil.sync.TestBackend;
import org.junit.jupiter.api.Tag;

@Tag("chaos")
class ExactlyOnceOnPostgresTest extends ExactlyOnceContract {
  @Override
  TestBackend.Kind kind() {
    return TestBackend.Kind.POSTGRESQL;
  }
}
