package nl.zuil.provisioning.region;

import java.time.Instant;

/**
 * The region's current catalogue as the backend serves it to enrolled kiosks.
 *
 * @param json the catalogue document itself, as the catalogue loader reads it
 */
public record PublishedCatalogue(
    String regionCode, int version, Instant publishedAt, String json) {}
