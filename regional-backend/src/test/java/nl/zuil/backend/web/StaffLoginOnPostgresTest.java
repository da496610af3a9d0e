package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class StaffLoginOnPostgresTest extends StaffLoginContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
