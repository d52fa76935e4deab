/** Atom feed of documents, newest first. */
import { link } from '../lib/links.ts';
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/load-library.ts';
import { reviewKindLabel } from '../lib/labels.ts';
import { escapeMarkup } from '../lib/markup.ts';
import { site } from '../site.config.ts';

const iso = (date: string) => `${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`;

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const library = await getLibrary();
  const origin = (siteUrl ?? new URL(site.url)).origin;
  const entries = [
    ...library.reviews.map((r) => ({ date: r.data.published ?? r.data.reportedIn[0]!.date, title: `${r.authority.shortName}: ${r.data.title}`, kind: reviewKindLabel[r.data.kind]!, summary: r.data.summary, url: r.url })),
    ...library.plans.map((p) => ({ date: p.data.published, title: `${p.authority.shortName}: ${p.data.title}`, kind: 'Plan', summary: p.data.summary, url: p.url })),
    ...library.updates.map((u) => ({ date: u.data.asOf, title: `${u.authority.shortName}: ${u.data.title}`, kind: 'Progress update', summary: u.data.summary, url: u.url })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  const updated = entries[0] ? iso(entries[0].date) : new Date(0).toISOString();
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeMarkup(site.name)}</title>
  <subtitle>${escapeMarkup(site.description)}</subtitle>
  <link rel="self" href="${origin}${link.home}feed.xml"/>
  <link rel="alternate" href="${origin}${link.home}"/>
  <id>${origin}${link.home}</id>
  <updated>${updated}</updated>
  <author><name>${escapeMarkup(site.organisation)}</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${escapeMarkup(e.title)}</title>
    <link href="${origin}${e.url}"/>
    <id>${origin}${e.url}</id>
    <updated>${iso(e.date)}</updated>
    <category term="${escapeMarkup(e.kind)}"/>
    <summary>${escapeMarkup(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
