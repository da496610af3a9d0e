package nl.zuil.catalogue;

/**
 * The visitor's own anonymous answer to "what is your situation" (werkend, uitkering, ...).
 *
 * @param journey the klantreis this situation maps to, or null when none applies (an employer)
 */
public record Situation(String code, Journey journey, Labels labels) {}
