/**
 * On the "not found" page: an address that lacks only its trailing slash (`/reviews`) goes on
 * to the page (`/reviews/`), for static hosts that do not redirect a folder's address
 * themselves. The page is asked for first, so a mistyped address still reads "not found".
 */
const { pathname, search, hash } = location;
if (!pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname)) {
  const page = `${pathname}/`;
  void fetch(page, { method: 'HEAD' })
    .then((response) => {
      if (response.ok) location.replace(`${page}${search}${hash}`);
    })
    .catch(() => undefined);
}
export {};
