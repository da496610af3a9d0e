package nl.zuil.kiosk.archfixture;

import java.sql.Connection;

/** Breaks the rules on purpose, so the rules are seen to fail. */
public class ScreenThatQueriesSql {

  public static int counter;

  public void show(Connection connection) {
    System.out.println(connection);
  }
}
