/** Every page carries a Content-Security-Policy that allows no inline script it did not hash. */
import { expect, it } from 'vitest';
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
