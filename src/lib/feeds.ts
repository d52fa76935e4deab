/**
 * Atom feeds: the site's (every document), a council's (its documents) and a theme's (the
 * documents with findings or actions on it). Addresses are absolute on the configured site,
 * so a feed reader needs nothing else. Pure: the endpoints serialise what `atomFeed` returns.
 */
import { site } from '../site.config.ts';
import { OGL_ATTRIBUTION } from './exports.ts';
import { reviewKindLabel } from './labels.ts';
import type { Library, PlanRecord, ReviewRecord, UpdateRecord } from './library.ts';
import { absolute } from './links.ts';
import { escapeMarkup } from './markup.ts';

export interface FeedEntry {
  /** A partial date is read as its first day. */
  date: string;
  title: string;
  /** Its kind, as the feed's category. */
  kind: string;
  summary: string;
  /** Site-relative. */
  url: string;
  /** Its words include Ofsted's, so the feed must carry the Open Government Licence attribution. */
  ofsted: boolean;
}

export interface Feed {
  title: string;
  /** The feed's own site-relative address, and the page it is the feed of. */
  self: string;
  page: string;
  entries: FeedEntry[];
}

const iso = (date: string) => `${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`;
const ofsted = (review: ReviewRecord) => /\bOfsted\b/i.test(review.data.conductedBy);

/** A document as a feed entry, newest first in feeds. */
export const entry = {
  review: (r: ReviewRecord, summary = r.data.summary): FeedEntry => ({ date: r.data.published ?? r.data.reportedIn[0]!.date, title: `${r.authority.shortName}: ${r.data.title}`, kind: reviewKindLabel[r.data.kind], summary, url: r.url, ofsted: ofsted(r) }),
  plan: (p: PlanRecord, summary = p.data.summary): FeedEntry => ({ date: p.data.published, title: `${p.authority.shortName}: ${p.data.title}`, kind: 'Plan', summary, url: p.url, ofsted: false }),
  update: (u: UpdateRecord): FeedEntry => ({ date: u.data.asOf, title: `${u.authority.shortName}: ${u.data.title}`, kind: 'Progress update', summary: u.data.summary, url: u.url, ofsted: false }),
};

const newestFirst = (entries: FeedEntry[]) => entries.sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));

/** Every document of the library. */
export function siteFeed(library: Library): Feed {
  return {
    title: site.name,
    self: library.url.feed(),
    page: library.url.home,
    entries: newestFirst([...library.reviews.map((r) => entry.review(r)), ...library.plans.map((p) => entry.plan(p)), ...library.updates.map(entry.update)]),
  };
}

/** A council's documents. */
export function authorityFeed(library: Library, id: string): Feed {
  const view = library.authorityView(id);
  return {
    title: `${site.name}: ${library.authority(id)!.name}`,
    self: library.url.feed({ authority: id }),
    page: library.url.authority(id),
    entries: newestFirst([...view.reviews.map((r) => entry.review(r)), ...view.plans.map((p) => entry.plan(p)), ...view.updates.map(entry.update)]),
  };
}

/** The documents holding findings or actions on a theme; each entry quotes what is on the theme. */
export function themeFeed(library: Library, id: string): Feed {
  const { findings, actions } = library.themeView(id);
  const reviews = new Map<ReviewRecord, string[]>();
  for (const f of findings) reviews.set(f.review, [...(reviews.get(f.review) ?? []), `${f.id}: ${f.text}`]);
  const plans = new Map<PlanRecord, string[]>();
  for (const a of actions) plans.set(a.plan, [...(plans.get(a.plan) ?? []), `${a.id}: ${a.text ?? a.priority.title}`]);
  return {
    title: `${site.name}: ${library.theme(id)!.label}`,
    self: library.url.feed({ theme: id }),
    page: library.url.theme(id),
    entries: newestFirst([...[...reviews].map(([r, items]) => entry.review(r, items.join(' · '))), ...[...plans].map(([p, items]) => entry.plan(p, items.join(' · ')))]),
  };
}

/** The feed as Atom XML, every address absolute on `siteUrl`, with its licence. */
export function atomFeed(feed: Feed, siteUrl: string = site.url): string {
  const at = (url: string) => escapeMarkup(absolute(url, siteUrl));
  const rights = `${site.organisation}'s data: ${site.dataLicence.name} (${site.dataLicence.url}).${feed.entries.some((e) => e.ofsted) ? ` ${OGL_ATTRIBUTION}.` : ''}`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeMarkup(feed.title)}</title>
  <subtitle>${escapeMarkup(site.description)}</subtitle>
  <link rel="self" href="${at(feed.self)}"/>
  <link rel="alternate" href="${at(feed.page)}"/>
  <id>${at(feed.self)}</id>
  <updated>${feed.entries[0] ? iso(feed.entries[0].date) : new Date(0).toISOString()}</updated>
  <author><name>${escapeMarkup(site.organisation)}</name></author>
  <rights>${escapeMarkup(rights)}</rights>
${feed.entries
  .map(
    (e) => `  <entry>
    <title>${escapeMarkup(e.title)}</title>
    <link href="${at(e.url)}"/>
    <id>${at(e.url)}</id>
    <updated>${iso(e.date)}</updated>
    <category term="${escapeMarkup(e.kind)}"/>
    <summary>${escapeMarkup(e.summary)}</summary>${e.ofsted ? `\n    <rights>${escapeMarkup(OGL_ATTRIBUTION)}</rights>` : ''}
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}

export const atomResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
