package nl.zuil.backend.http;

import nl.zuil.backend.TestDatabase;

class BadInputOnSqliteTest extends BadInputContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
