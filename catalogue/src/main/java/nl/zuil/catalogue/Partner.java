package nl.zuil.catalogue;

/** An organisation a gids refers visitors to (UWV, gemeente, Leerwerkloket, ...). */
public record Partner(String code, Labels labels) {}
