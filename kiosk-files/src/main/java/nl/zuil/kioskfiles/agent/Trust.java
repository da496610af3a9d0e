package nl.zuil.kioskfiles.agent;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the agent recognises its backend: by a pinned public key ({@code sha256/BASE64} of the
 * certificate's SubjectPublicKeyInfo, from provisioning) or by a CA certificate file. Exactly one.
 */
public record Trust(Optional<String> pinnedPublicKey, Optional<Path> caFile) {}
