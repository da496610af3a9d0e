package nl.zuil.regionapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One bucket as a kiosk sends it. The histograms count visits per {@link HistogramBins} bin; "-"
 * stands for no situation, outcome or partner. What is an acceptable bucket is the backend's
 * business; this is only the shape.
 *
 * @param serviceDate the kiosk's local day, like {@code 2026-11-23}
 * @param waitTimes {@link HistogramBins#BINS} counts
 * @param serviceTimes {@link HistogramBins#BINS} counts
 * @param channel a {@link Channel} code; absent (the previous release's agents) is {@code kiosk}.
 *     For a contact channel, {@code visits} counts contacts, not visits (decision 1003)
 * @param people the people reached: for group sessions the head counts; absent is {@code visits}
 *     <p>An agent leaves both out for a kiosk bucket, which it therefore writes byte for byte as
 *     the previous release did; null and absent mean the same.
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
    long revision,
    @AddedLater @JsonInclude(JsonInclude.Include.NON_NULL) String channel,
    @AddedLater @JsonInclude(JsonInclude.Include.NON_NULL) Integer people) {}
