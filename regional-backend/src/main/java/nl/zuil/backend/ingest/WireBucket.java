package nl.zuil.backend.ingest;

import java.util.List;

/**
 * One bucket as a kiosk sends it (API v1). The histograms count visits per fixed minute bin, the
 * same 11 bins on every kiosk; "-" stands for no situation, outcome or partner.
 */
public record WireBucket(
    String serviceDate,
    int hour,
    String question,
    String situation,
    String outcome,
    String partner,
    int visits,
    int confirmedReferrals,
    List<Integer> waitTimes,
    List<Integer> serviceTimes,
    long revision) {}
