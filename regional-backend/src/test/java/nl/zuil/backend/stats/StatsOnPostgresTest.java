package nl.zuil.backend.stats;

import nl.zuil.backend.TestDatabase;

class StatsOnPostgresTest extends StatsContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
