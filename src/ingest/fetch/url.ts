/**
 * URL normalisation for the seen-set: the same article reached through a newsletter link, a social share
 * and the feed must count once. WHATWG URL already lowercases scheme and host and drops default ports; here
 * fragments and tracking parameters go and the query is sorted.
 */

export const URL_RULES = {
  /** Query parameters that only track where a click came from. */
  tracking: /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|cmpid|ocid|ncid|sr_share|at_medium|at_campaign)$/i,
};

/** Example: normalizeUrl('HTTPS://News.Example/a?utm_source=x&b=2&a=1#top') === 'https://news.example/a?a=1&b=2' */
export function normalizeUrl(input: string, base?: string): string {
  let u: URL;
  try {
    u = new URL(input.trim(), base);
  } catch {
    return input.trim();
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !URL_RULES.tracking.test(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return u.toString();
}

/** The host key politeness works by (host with port). Example: hostKey('https://a.example:8080/x') === 'a.example:8080' */
export function hostKey(url: string): string {
  return new URL(url).host;
}
