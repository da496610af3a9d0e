package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class StaffLoginOnSqliteTest extends StaffLoginContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
