package nl.zuil.catalogue;

/**
 * A language the kiosk offers, named in its own script ("العربية", not a flag) because a visitor
 * who reads little Dutch looks for their own language's name.
 */
public record Language(String code, String name, TextDirection direction) {}
