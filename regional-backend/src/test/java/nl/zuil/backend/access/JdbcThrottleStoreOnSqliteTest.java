package nl.zuil.backend.access;

import nl.zuil.backend.TestDatabase;

class JdbcThrottleStoreOnSqliteTest extends JdbcThrottleStoreContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
