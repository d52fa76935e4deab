/**
 * A document's body is rendered by its loader (src/checker/document-loader.ts) with Astro's
 * Markdown renderer, not compiled as MDX: its headings (with ids), lists, emphasis and
 * smart quotes reach the document's page as MDX rendered them.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../support/site.ts';

/** The "About this …" section of a document page, where the body is rendered. */
function narrative(urlPath: string): string {
  const html = readPage(urlPath);
  const start = html.indexOf('<section aria-labelledby="about"');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('document bodies render as Markdown on their pages', () => {
  it('a review’s headings get ids, its list is a list, and its quotes are curly', () => {
    const html = narrative('/reviews/central-bedfordshire/2018-11-peer-review/');
    expect(html).toContain('<h2 id="how-the-review-was-carried-out">How the review was carried out</h2>');
    expect(html).toContain('<h2 id="the-councils-response">The council’s response</h2>');
    const list = html.slice(html.indexOf('<ul>'), html.indexOf('</ul>'));
    expect([...list.matchAll(/<li>/g)]).toHaveLength(6);
    expect(list).toContain('<li>high placement stability;</li>');
    expect(textOf(html)).toContain('Central Bedfordshire’s children’s services belong to a network');
    expect(html).not.toContain("children's");
  });

  it('an update’s bold run-in headings stay bold inside their list items', () => {
    const html = narrative('/updates/bromley/2017-03-improvement-plan-update/');
    expect(html).toContain('<h2 id="key-achievements-reported">Key achievements reported</h2>');
    expect(html).toMatch(/<li><strong>Leadership and management\.<\/strong> One portfolio holder/);
  });
});
