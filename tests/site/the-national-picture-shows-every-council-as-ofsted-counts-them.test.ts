/**
 * The national pages show every current council, with the counts of Ofsted's own "as at 31
 * March 2025" table (36 outstanding, 67 good, 31 requiring improvement, 19 inadequate: read
 * off the sheet by hand), a shape on the map for each, a page for every council, current and
 * former, and region pages that add up to the whole.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, readPage, textOf } from '../support/site.ts';

describe('the national picture', () => {
  const html = readPage('/national/');

  it('counts the councils by latest overall effectiveness as Ofsted does', () => {
    const counts = textOf(html.match(/<table class="govuk-table" id="counts">[\s\S]*?<\/table>/)![0]);
    expect(counts).toContain('Outstanding 36');
    expect(counts).toContain('Good 67');
    expect(counts).toContain('Requires improvement to be good 31');
    expect(counts).toContain('Inadequate 19');
  });

  it('draws a shape for each of the 153 current councils, each naming its council and grade', () => {
    const titles = [...html.matchAll(/<path [^>]*><title>([^<]+)<\/title><\/path>/g)].map((m) => m[1]!);
    expect(titles).toHaveLength(153);
    expect(titles).toContain('Bromley: Outstanding');
  });

  it('lists every current council with a link to its page, and every council has one', () => {
    const links = [...html.matchAll(/href="\/authorities\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
    expect(new Set(links).size).toBe(153);
    for (const id of links) expect(existsSync(path.join(dist(), 'authorities', id, 'index.html')), id).toBe(true);
  });

  it('region pages cover the 153 councils between them', () => {
    const regions = ['north-east', 'north-west', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east', 'south-west'];
    const total = regions.reduce((sum, region) => sum + Number(textOf(readPage(`/regions/${region}/`)).match(/(\d+) councils\./)![1]), 0);
    expect(total).toBe(153);
  });
});

describe('a council page', () => {
  it('shows its latest judgements, Ofsted history since 2009 and its statistical neighbours', () => {
    const text = textOf(readPage('/authorities/bromley/'));
    expect(text).toMatch(/Latest judgements/);
    expect(text).toMatch(/Ofsted's inspections since 2009/);
    expect(text).toMatch(/Safeguarding and looked after children inspection/);
    expect(text).toMatch(/Statistical neighbours .* Bromley \(this council\)/s);
  });

  it('a former council names its successors', () => {
    expect(textOf(readPage("/authorities/northamptonshire/"))).toMatch(/A former council, to 31 March 2021\. Its services passed to North Northamptonshire\s*,\s*West Northamptonshire/);
  });
});
