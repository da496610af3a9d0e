package nl.zuil.provisioning.files;

/** Who a file or folder belongs to on the kiosk. */
public record Owner(String user, String group) {

  public static final Owner ROOT = new Owner("root", "root");

  @Override
  public String toString() {
    return user + ":" + group;
  }
}
