package nl.zuil.bench.printing;

import nl.zuil.hardware.printer.StandardTicket;
import nl.zuil.hardware.printer.TicketDocument;

/** The ticket the printing benchmarks measure: the same one the golden files of issue 4 pin. */
final class ReferenceTicket {

  private ReferenceTicket() {}

  static TicketDocument dutch() {
    return new StandardTicket(
            "Uw nummer",
            "W-014",
            "Werk zoeken",
            "Een gids roept straks uw nummer. Neem plaats en wacht even.",
            "https://www.werkcentrum.example/vraag/werk-zoeken#7KQ2M9XD4F",
            "Scan de code met uw telefoon. Dan leest u meer over uw vraag.",
            "Bibliotheek Hengelo · 23-11-2026 09:30")
        .toDocument();
  }

  static TicketDocument arabic() {
    return new StandardTicket(
            "رقمك",
            "W-015",
            "البحث عن عمل",
            "سينادي المرشد رقمك قريبًا. تفضل بالجلوس وانتظر قليلًا.",
            "https://www.werkcentrum.example/vraag/werk-zoeken#7KQ2M9XD4F",
            "امسح الرمز بهاتفك لتقرأ المزيد عن سؤالك.",
            "Bibliotheek Hengelo · 23-11-2026 09:31")
        .toDocument();
  }
}
