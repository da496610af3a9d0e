package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.region.Location;

/**
 * Contacts a gids recorded without a ticket (phone, e-mail or chat, at the desk, employers, group
 * sessions) per inlooppunt and channel (decision 0707). They are not visits: the chart says it
 * counts contacts, and its table is protected with a total of its own, like every table that is not
 * a breakdown of all visits (decisions 0702, 0704, 1052).
 */
final class ContactsChart {

  private final ChartParts parts;

  ContactsChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(List<Location> locations, PublishedTable<String, String> contacts) {
    List<String> channels =
        contacts.columnsWithCells().stream()
            .map(code -> parts.text.get("channel." + code))
            .toList();
    List<String> names = locations.stream().map(Location::name).toList();
    List<String> header = new ArrayList<>();
    header.add(parts.text.get("column.location"));
    header.addAll(channels);
    header.add(parts.text.get("table.total"));
    return parts.chart(
        "contacts",
        parts.text.get("chart.contacts"),
        Chart.Kind.STACKED_BAR,
        parts.text.get("unit.contacts"),
        channels,
        parts.seriesPerRow(names, contacts),
        new DisplayTable(header, parts.twoWayRows(names, contacts)),
        contacts.withheld(),
        List.of(parts.text.get("chart.contacts.note")));
  }
}
