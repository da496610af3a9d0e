package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class StaffAccessOnSqliteTest extends StaffAccessContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
