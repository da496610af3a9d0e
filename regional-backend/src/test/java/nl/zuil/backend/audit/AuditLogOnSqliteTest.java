package nl.zuil.backend.audit;

import nl.zuil.backend.TestDatabase;

class AuditLogOnSqliteTest extends AuditLogContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
