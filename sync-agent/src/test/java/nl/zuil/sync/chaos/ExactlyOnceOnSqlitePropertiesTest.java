package nl.zuil.sync.chaos;

import net.jqwik.api.Tag;
import nl.zuil.sync.TestBackend;

@Tag("chaos")
class ExactlyOnceOnSqlitePropertiesTest extends ExactlyOnceProperties {
  @Override
  TestBackend.Kind kind() {
    return TestBackend.Kind.SQLITE;
  }
}
