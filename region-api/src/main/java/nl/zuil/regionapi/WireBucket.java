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
 * @param corrections visits whose outcome a gids corrected the same day (decision 1004), counted
 *     under the outcome they have now; null from agents of earlier releases, whose consoles could
 *     not correct an outcome
 * @param questions the questions this bucket counts: its visits' first questions plus further
 *     questions with this key (decision 1006), never fewer than {@code visits}; absent (an agent
 *     before 1006) means as many as visits, which is what those agents counted
 * @param ratings the taps on "Hoe was het?" (decision 0309); left out when nobody of the bucket
 *     tapped, so such a bucket goes out byte for byte as before, and by agents of earlier releases
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
    @AddedLater Integer corrections,
    @AddedLater Integer questions,
    @AddedLater @JsonInclude(JsonInclude.Include.NON_NULL) WireRatings ratings,
    @AddedLater @JsonInclude(JsonInclude.Include.NON_NULL) String channel,
    @AddedLater @JsonInclude(JsonInclude.Include.NON_NULL) Integer people) {}
