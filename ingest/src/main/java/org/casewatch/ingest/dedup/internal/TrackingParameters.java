package org.casewatch.ingest.dedup.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query parameters that identify a campaign, a click or a share, never the article: analytics
 * (Google, Adobe, AT Internet, Webtrends, comScore, Matomo, Piwik), ad clicks (Google, Microsoft,
 * Facebook, Yandex), newsletters (Mailchimp) and publishers' own share and referral markers.
 */
public final class TrackingParameters {

  /** Exact names, lower case. */
  public static final Set<String> NAMES =
      Set.of(
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "ocid",
          "cmpid",
          "cmp",
          "intcmp",
          "icid",
          "at_medium",
          "at_campaign",
          "at_campaign_type",
          "at_format",
          "at_bbc_team",
          "at_ptr_name",
          "at_ptr_type",
          "xtor",
          "wt.mc_id",
          "wt.mc_ev",
          "ns_mchannel",
          "ns_source",
          "ns_campaign",
          "ns_linkname",
          "ns_fee",
          "s_cid",
          "smid",
          "smtyp",
          "mbid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "ref_src",
          "ref_url",
          "sr_share",
          "spm",
          "guccounter",
          "guce_referrer",
          "guce_referrer_sig",
          "__twitter_impression",
          "soc_src",
          "soc_trk",
          "ito",
          "cid_source",
          "vero_id",
          "oly_enc_id",
          "oly_anon_id",
          "rb_clickid",
          "s_kwcid",
          "ef_id",
          "trk",
          "trkcampaign");

  /** Name prefixes, lower case. */
  public static final List<String> PREFIXES =
      List.of("utm_", "at_custom", "at_link", "pk_", "mtm_", "piwik_", "matomo_", "hsa_", "oly_");

  private TrackingParameters() {}

  /**
   * True for a tracking parameter or an AMP switch ({@code amp}, {@code outputType=amp}, {@code
   * output=amp}).
   *
   * @param lowerName the parameter name, lower case
   * @param value the raw value, or null when the parameter has no {@code =}
   */
  public static boolean isTracking(String lowerName, String value) {
    if (NAMES.contains(lowerName) || lowerName.equals("amp")) {
      return true;
    }
    if ((lowerName.equals("outputtype") || lowerName.equals("output"))
        && value != null
        && value.toLowerCase(Locale.ROOT).equals("amp")) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (lowerName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
