/** Long lists are split into pages of this many items (a theme or view at national scale has thousands). */
export const PAGE_SIZE = 100;

export function pageCount(items: number): number {
  return Math.max(1, Math.ceil(items / PAGE_SIZE));
}

export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

/** `/x/` for page 1, `/x/page/2/` after. */
export function pageUrl(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}
