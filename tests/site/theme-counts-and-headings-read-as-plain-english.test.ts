/**
 * Counts and names on the theme pages and the home page read as a person would write them:
 * plurals agree, a theme with nothing says so, a theme with only actions is still listed,
 * and a finding's name and its review's name are two words, not one.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadBundledLibrary } from '../support/library.ts';
import { readPage, textOf } from '../support/site.ts';

/** Text as a screen reader gets it from the markup: tags dropped, nothing added between them. */
const spoken = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

const { records: library } = loadBundledLibrary(inject('contentRoot'));
/** Each theme with what it holds, as a person would write it: "3 findings and 1 action", "2 actions". */
const holds = library.themes.map((theme) => {
  const { findings, actions } = library.themeView(theme.id);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return { theme, total: findings.length + actions.length, words: `${theme.label} (${[findings.length > 0 && plural(findings.length, 'finding'), actions.length > 0 && plural(actions.length, 'action')].filter(Boolean).join(' and ')})` };
});

describe('theme counts and names', () => {
  it('the themes index never says "0 findings" or "1 findings", and gives actions their own count', () => {
    const text = textOf(readPage('/themes/'));
    expect(text).not.toMatch(/\(0 findings\)|\b1 findings\b|\b1 actions\b/);
    for (const { words, total } of holds) if (total > 0) expect(text).toContain(words);
    // The library's own cases: a theme with one action, and one with findings only.
    expect(text).toMatch(/Corporate parenting \(\d+ findings and 1 action\)/);
    expect(text).toMatch(/Early help \(\d+ findings\)/);
  });

  it('the home page lists every theme that holds anything, findings or actions alone', () => {
    const text = textOf(readPage('/'));
    for (const { words, total } of holds) if (total > 0) expect(text).toContain(words);
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
