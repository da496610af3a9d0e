package nl.zuil.hardware;

import nl.zuil.hardware.printer.StandardTicket;
import nl.zuil.hardware.printer.TicketDocument;

/** The tickets the golden files, fault tests and benchmarks print. */
public final class ReferenceTickets {

  public static final String QR_LINK =
      "https://www.werkcentrum.example/vraag/werk-zoeken#7KQ2M9XD4F";

  private ReferenceTickets() {}

  public static TicketDocument dutch() {
    return new StandardTicket(
            "Uw nummer",
            "W-014",
            "Werk zoeken",
            "Een gids roept straks uw nummer. Neem plaats en wacht even.",
            QR_LINK,
            "Scan de code met uw telefoon. Dan leest u meer over uw vraag.",
            "Bibliotheek Hengelo · 23-11-2026 09:30")
        .toDocument();
  }

  public static TicketDocument arabic() {
    return new StandardTicket(
            "رقمك",
            "W-015",
            "البحث عن عمل",
            "سينادي المرشد رقمك قريبًا. تفضل بالجلوس وانتظر قليلًا.",
            QR_LINK,
            "امسح الرمز بهاتفك لتقرأ المزيد عن سؤالك.",
            "Bibliotheek Hengelo · 23-11-2026 09:31")
        .toDocument();
  }

  public static TicketDocument ukrainian() {
    return new StandardTicket(
            "Ваш номер",
            "W-016",
            "Пошук роботи",
            "Незабаром консультант викличе ваш номер. Сідайте, будь ласка, і зачекайте.",
            QR_LINK,
            "Скануйте код телефоном, щоб дізнатися більше про ваше питання.",
            "Bibliotheek Hengelo · 23-11-2026 09:32")
        .toDocument();
  }
}
