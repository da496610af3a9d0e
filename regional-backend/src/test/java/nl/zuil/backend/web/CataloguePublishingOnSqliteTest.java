package nl.zuil.backend.web;

import nl.zuil.backend.TestDatabase;

class CataloguePublishingOnSqliteTest extends CataloguePublishingContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
