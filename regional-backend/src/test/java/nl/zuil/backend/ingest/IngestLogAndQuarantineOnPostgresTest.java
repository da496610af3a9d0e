package nl.zuil.backend.ingest;

import nl.zuil.backend.TestDatabase;

class IngestLogAndQuarantineOnPostgresTest extends IngestLogAndQuarantineContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
