package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class CachedFiguresOnPostgresTest extends CachedFiguresContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
