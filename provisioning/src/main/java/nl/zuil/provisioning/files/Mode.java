package nl.zuil.provisioning.files;

/** Unix permission bits, written and printed in octal as {@code chmod} takes them. */
public record Mode(int bits) {

  public static final Mode PRIVATE = new Mode(0600);
  public static final Mode OWNER_GROUP_READ = new Mode(0640);
  public static final Mode PUBLIC_READ = new Mode(0644);
  public static final Mode DIRECTORY = new Mode(0755);

  public Mode {
    if ((bits & ~07777) != 0) {
      throw new IllegalArgumentException("not a permission mode: " + Integer.toOctalString(bits));
    }
  }

  public static Mode of(int bits) {
    return new Mode(bits);
  }

  @Override
  public String toString() {
    return String.format("%04o", bits);
  }
}
