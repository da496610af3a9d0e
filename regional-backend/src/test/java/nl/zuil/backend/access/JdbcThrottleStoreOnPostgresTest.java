package nl.zuil.backend.access;

import nl.zuil.backend.TestDatabase;

class JdbcThrottleStoreOnPostgresTest extends JdbcThrottleStoreContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
