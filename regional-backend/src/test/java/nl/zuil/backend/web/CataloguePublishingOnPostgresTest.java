package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class CataloguePublishingOnPostgresTest extends CataloguePublishingContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
