/** Text made safe inside HTML or XML, in element content and in double-quoted attributes. */
export const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON to inline in a page's `<script type="application/json">`: `<`, `>` and `&` written as
 * Unicode escapes, so no value (a theme synonym holding `</script>`, say) can close the
 * element or start markup. `JSON.parse` reads the escapes back as the characters.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
