package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class ReferralSlipOnPostgresTest extends ReferralSlipContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
