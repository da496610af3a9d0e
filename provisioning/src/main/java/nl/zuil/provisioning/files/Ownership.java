package nl.zuil.provisioning.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;

/** Reads and sets a path's owner and group by name. Setting needs root. */
public final class Ownership {

  private Ownership() {}

  public static Owner of(Path path) throws IOException {
    PosixFileAttributes attributes =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return new Owner(attributes.owner().getName(), attributes.group().getName());
  }

  public static void apply(Path path, Owner owner) throws IOException {
    UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal user;
    GroupPrincipal group;
    try {
      user = lookup.lookupPrincipalByName(owner.user());
      group = lookup.lookupPrincipalByGroupName(owner.group());
    } catch (UserPrincipalNotFoundException e) {
      throw new IOException("no user or group " + owner + " for " + path, e);
    }
    PosixFileAttributeView view =
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    view.setOwner(user);
    view.setGroup(group);
  }
}
