package nl.zuil.backend.signin.totp;

/**
 * What the enrolment page shows: the {@code otpauth://} URI as a QR code for the phone, and the
 * secret in Base32 for typing in by hand when the camera cannot read the screen.
 */
public record TotpSetup(String otpauthUri, String base32Secret, String qrPngDataUri) {}
