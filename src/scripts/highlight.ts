/**
 * Highlights the searched words on the page a search result leads to (`?highlight=…`),
 * and brings the first one into view. Does nothing on a page reached any other way.
 */
const terms = new URLSearchParams(location.search).getAll('highlight').flatMap((t) => t.split(/\s+/)).filter((t) => t.length > 1);
const main = document.getElementById('main-content');
if (terms.length && main) {
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = node.data.split(pattern);
    if (parts.length < 2) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        fragment.append(mark);
      } else if (part) fragment.append(part);
    });
    node.replaceWith(fragment);
  }
  if (!location.hash) main.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
export {};
