package nl.zuil.backend.http;

import nl.zuil.backend.TestDatabase;

class IngestApiOnSqliteTest extends IngestApiContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
