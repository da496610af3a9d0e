package nl.zuil.hardware.profile;

/** A USB device's vendor and product id as {@code lsusb} prints them: four hex digits each. */
public record UsbId(String vendorId, String productId) {

  @Override
  public String toString() {
    return vendorId + ":" + productId;
  }
}
