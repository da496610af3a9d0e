package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class CachedFiguresOnSqliteTest extends CachedFiguresContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
