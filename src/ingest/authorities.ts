/**
 * Which council a report is about: by Ofsted's unique reference number (the URN the
 * reports site files the council's children's services under) when the authorities
 * vocabulary records it, else by the name the report prints.
 */
import type { Authority } from '../schemas/vocabularies.ts';

/** An authority as the vocabulary file holds it: fields beyond the schema's (such as `ofstedUrn`) kept. */
export type AuthorityEntry = Authority & { ofstedUrn?: string; status?: string };

/** A council's name reduced for matching: "London Borough of Bromley" and "Bromley" meet at "bromley". */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/\b(the|council|county|city|borough|metropolitan|district|royal|london|of|royal borough|unitary|authority|local)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function findAuthority(authorities: readonly AuthorityEntry[], urn: string | undefined, council: string): { authority?: AuthorityEntry; how: string } {
  if (urn) {
    const byUrn = authorities.find((a) => a.ofstedUrn === urn);
    if (byUrn) return { authority: byUrn, how: 'urn' };
  }
  const key = nameKey(council);
  const byName = authorities.filter((a) => nameKey(a.name) === key || nameKey(a.shortName) === key);
  if (byName.length === 1) return { authority: byName[0], how: 'name' };
  return { how: byName.length > 1 ? `the name "${council}" fits ${byName.map((a) => a.id).join(', ')}` : `no authority in the vocabulary has URN ${urn ?? '(none)'} or the name "${council}"` };
}
