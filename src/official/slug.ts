/**
 * The one rule that turns a council's ONS name into its slug, shared by the script that
 * writes the authorities vocabulary and by anything that must find a council by name.
 *
 * Drop a trailing ", City of" or ", County of"; lower-case; "&" becomes "and"; apostrophes
 * and full stops go; every other run of characters that are not letters or digits becomes
 * one hyphen; no hyphen at either end. "Bristol, City of" → `bristol`, "St. Helens" →
 * `st-helens`, "Bournemouth, Christchurch and Poole" → `bournemouth-christchurch-and-poole`.
 */
export function councilSlug(onsName: string): string {
  return onsName
    .trim()
    .replace(/,\s*(City|County) of$/i, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
