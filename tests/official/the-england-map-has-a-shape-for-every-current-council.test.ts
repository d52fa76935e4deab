/** src/official/england-map.json: one SVG path per current council, inside the map's viewBox, small enough to inline. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { z } from 'astro/zod';
import { authoritySchema } from '../../src/schemas/vocabularies.ts';

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, 'src/official/england-map.json');
const map = z
  .strictObject({ viewBox: z.string().regex(/^0 0 \d+ \d+$/), councils: z.array(z.strictObject({ id: z.string(), path: z.string().regex(/^M[\d.,MLZ-]+$/) })) })
  .parse(JSON.parse(readFileSync(file, 'utf8')));
const authorities = z.array(authoritySchema).parse(parse(readFileSync(path.join(root, 'content/vocabularies/authorities.yaml'), 'utf8')));

it('has one shape for every current council and none for a former one', () => {
  const current = authorities.filter((a) => a.status === 'current').map((a) => a.id).sort();
  expect(map.councils.map((c) => c.id).sort()).toEqual(current);
});

it('draws every shape inside the viewBox, with an area of its own', () => {
  const [, , width, height] = map.viewBox.split(' ').map(Number);
  for (const { id, path: d } of map.councils) {
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs), id).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs), id).toBeLessThanOrEqual(width!);
    expect(Math.min(...ys), id).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys), id).toBeLessThanOrEqual(height!);
    expect(Math.max(...xs) - Math.min(...xs), `${id} has a width`).toBeGreaterThan(0);
  }
});

it('stays under 150 KB', () => {
  expect(statSync(file).size).toBeLessThan(150 * 1024);
});
