package nl.zuil.backend.access;

import nl.zuil.backend.TestDatabase;

class ProviderSessionsOnSqliteTest extends ProviderSessionsContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
