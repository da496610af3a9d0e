package nl.zuil.backend.signin.totp;

import nl.zuil.backend.TestDatabase;

class SecondFactorOnPostgresTest extends SecondFactorContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
