/** Placeholder while the official tables are not in the library yet. */
export function verifyLibrary(_root: string): { ok: boolean; text: string } {
  return { ok: false, text: 'no official statistics tables under content/official/ yet\n' };
}
