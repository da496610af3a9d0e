package nl.zuil.backend.audit;

import nl.zuil.backend.TestDatabase;

class AuditLogOnPostgresTest extends AuditLogContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
