package nl.zuil.backend.stats;

import nl.zuil.backend.TestDatabase;

class StatsOnSqliteTest extends StatsContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
