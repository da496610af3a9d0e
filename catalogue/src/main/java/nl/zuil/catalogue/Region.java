package nl.zuil.catalogue;

/** The labour-market region that owns the catalogue, e.g. code {@code twente}. */
public record Region(String code, Labels name) {}
