package nl.zuil.backend.ingest;

import nl.zuil.backend.TestDatabase;

class IngestLogAndQuarantineOnSqliteTest extends IngestLogAndQuarantineContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
