package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class ReferralSlipOnSqliteTest extends ReferralSlipContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
