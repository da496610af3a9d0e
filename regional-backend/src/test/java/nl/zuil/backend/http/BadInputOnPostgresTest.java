package nl.zuil.backend.http;

import nl.zuil.backend.TestDatabase;

class BadInputOnPostgresTest extends BadInputContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
