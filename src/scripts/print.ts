/**
 * A paper a committee can use: when the page is printed, the title block gets the date
 * printed, every link its full address (on the configured site, not the one it was opened
 * from), and every closed `<details>` opens (inferred notes must be on the paper); they close
 * again afterwards. Buttons marked `data-print` print the page; they are hidden until this
 * script runs, so a page without scripts offers no button that does nothing.
 */
const block = document.querySelector<HTMLElement>('.lib-title-block');
const site = block?.dataset.site ?? location.origin + '/';
let opened: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  const printed = block?.querySelector('[data-printed]');
  if (printed) printed.textContent = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const href = a.getAttribute('href')!;
    if (!href.startsWith('#')) a.dataset.printHref = new URL(href, new URL(location.pathname, site)).href;
  }
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const details of opened) details.open = true;
});

addEventListener('afterprint', () => {
  for (const details of opened) details.open = false;
  opened = [];
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
