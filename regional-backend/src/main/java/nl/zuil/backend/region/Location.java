package nl.zuil.backend.region;

/** An inlooppunt of a region, with the municipality it lies in. */
public record Location(String regionCode, String code, String name, String municipality) {}
