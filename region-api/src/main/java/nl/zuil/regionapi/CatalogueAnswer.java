package nl.zuil.regionapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answer to {@code GET /api/v1/catalogue}: the catalogue document as the region published it, with
 * its region, version and publication time.
 *
 * @param version equals the catalogue's own version field
 * @param catalogue the document itself; the catalogue module reads and validates it
 */
public record CatalogueAnswer(
    String regionCode, int version, String publishedAt, JsonNode catalogue) {}
