/**
 * English words French prose writes in lower case after a kind of place or activity (`espace coworking`,
 * `atelier upcycling`): no French word form spells them, yet they name an activity, not a body written in
 * lower case (organisation/lower-brand.ts). General knowledge of the ESS's vocabulary, never read off a text.
 */
export const LOWER_CASE_LOAN_WORDS: readonly string[] = [
  'coworking', 'coliving', 'crowdfunding', 'fablab', 'fablabs', 'makerspace', 'hackerspace', 'upcycling', 'recycling',
  'workshop', 'workshops', 'coaching', 'mentoring', 'networking', 'marketing', 'branding', 'freelance', 'freelances',
  'business', 'management', 'leadership', 'newsletter', 'newsletters', 'podcast', 'podcasts', 'webinar', 'webinars',
  'brunch', 'foodtruck', 'snacking', 'streetfood', 'shopping', 'showroom', 'hub', 'hubs', 'startup', 'startups',
  'design', 'crowdsourcing', 'sharing', 'repair', 'cohousing', 'housing', 'fundraising', 'online', 'offline', 'wifi',
];
