package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class StaffAccessOnPostgresTest extends StaffAccessContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
