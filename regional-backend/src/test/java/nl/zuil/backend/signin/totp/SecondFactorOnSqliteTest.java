package nl.zuil.backend.signin.totp;

import nl.zuil.backend.TestDatabase;

class SecondFactorOnSqliteTest extends SecondFactorContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
