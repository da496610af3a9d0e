package nl.zuil.hardware.profile;

/**
 * The kit's code scanner.
 *
 * @param transport only for a {@link ScannerType#SERIAL} scanner
 */
public record ScannerProfile(ScannerType type, TransportProfile transport) {}
