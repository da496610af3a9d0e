package nl.zuil.kioskfiles.agent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The sync agent's settings, validated (see {@link AgentSettingsFile}).
 *
 * @param allowPlainHttp lets {@code backendUrl} be http:// — for a local demo only
 * @param printerStatusFile where the kiosk writes its printer status, for health reports
 * @param maxRequestBytes upper bound of one request body; a backlog goes in many such requests
 * @param catalogueFile the kiosk's catalogue file, kept at the region's published version; empty
 *     when the agent leaves the catalogue alone
 * @param catalogueInterval how often the agent asks the backend for a newer catalogue
 */
public record AgentSettings(
    Path ledgerFile,
    URI backendUrl,
    Trust trust,
    boolean allowPlainHttp,
    Path credentialFile,
    Path stateFile,
    Path healthFile,
    Optional<Path> printerStatusFile,
    Duration syncInterval,
    Duration healthInterval,
    Duration maxBackoff,
    Duration requestTimeout,
    int maxRequestBytes,
    Optional<Path> catalogueFile,
    Duration catalogueInterval) {}
