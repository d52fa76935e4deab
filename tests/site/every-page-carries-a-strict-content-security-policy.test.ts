/** Every page carries a Content-Security-Policy that allows no inline script it did not hash. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/pipeline/static-server.ts';
import { allPages, readPage } from '../support/site.ts';

it('every HTML page has a CSP meta tag whose script-src has no unsafe-inline or unsafe-eval and allows WebAssembly for search', () => {
  const bad: string[] = [];
  for (const path of allPages()) {
    const html = readPage(path);
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    const scriptSrc = policy?.match(/script-src ([^;]+)/)?.[1] ?? '';
    if (!policy || /'unsafe-inline'|'unsafe-eval'/.test(scriptSrc) || !scriptSrc.includes("'wasm-unsafe-eval'") || !policy.includes("default-src 'self'")) bad.push(path);
    // Any inline script must be hashed in the policy (JSON data blocks do not execute).
    for (const [, attributes] of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)) {
      if (!/type="application\/json"/.test(attributes!) && !/'sha(256|384|512)-/.test(scriptSrc)) bad.push(`${path} (inline script without a hash)`);
    }
  }
  expect(bad).toEqual([]);
});

it('no page carries an inline style attribute, which the policy would block (table alignment is a class)', () => {
  const styled = allPages().filter((path) => / style="/.test(readPage(path)));
  expect(styled).toEqual([]);
});

it('the build writes _headers for static hosts: the policy with frame-ancestors none, as npm start sends it', () => {
  const headers = readFileSync(path.join(inject('dist'), '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n  Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
  expect(headers).toContain('X-Content-Type-Options: nosniff');
});

it('the preview server sends the policy as a header', async () => {
  const server = await serveStatic(inject('dist'));
  try {
    const response = await fetch(`${server.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  } finally {
    await server.close();
  }
});
