package nl.zuil.backend.access;

import nl.zuil.backend.TestDatabase;

class ProviderSessionsOnPostgresTest extends ProviderSessionsContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
