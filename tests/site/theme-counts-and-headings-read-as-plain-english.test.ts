/**
 * Counts and names on the theme pages and the home page read as a person would write them:
 * plurals agree, a theme with nothing says so, a theme with only actions is still listed,
 * and a finding's name and its review's name are two words, not one.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../support/site.ts';

/** Text as a screen reader gets it from the markup: tags dropped, nothing added between them. */
const spoken = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('theme counts and names', () => {
  it('the themes index never says "0 findings" or "1 findings", and gives actions their own count', () => {
    const text = textOf(readPage('/themes/'));
    expect(text).not.toMatch(/\(0 findings\)|\b1 findings\b|\b1 actions\b/);
    expect(text).toContain('Missing children and exploitation (4 actions)');
    expect(text).toMatch(/Children in need \(1 finding and \d+ actions\)/);
  });

  it('the home page lists a theme that has actions but no findings', () => {
    const text = textOf(readPage('/'));
    expect(text).toContain('Missing children and exploitation (4 actions)');
    expect(text).toContain('Safeguarding children board (4 actions)');
  });

  it('on a theme page, a finding’s name and its authority are separate words', () => {
    const text = spoken(readPage('/themes/life-story-work/'));
    expect(text).toContain('Strength S20 Central Bedfordshire:');
    expect(text).not.toMatch(/S\d+Central/);
  });
});

describe('the footer', () => {
  it('separates its links with a dot between spaces', () => {
    expect(spoken(readPage('/'))).toContain('Open data · Atom feed of new documents · Sitemap');
  });
});
