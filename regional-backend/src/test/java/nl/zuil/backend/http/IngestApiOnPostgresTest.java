package nl.zuil.backend.http;

import nl.zuil.backend.TestDatabase;

class IngestApiOnPostgresTest extends IngestApiContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
