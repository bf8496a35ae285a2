// Checks of a view on a narrow screen (a phone at 320 px, or 200 % zoom): that nothing in it
// reaches past the screen or scrolls sideways, that no name is broken inside a word, and that a
// table drawn as blocks is still a table to a screen reader (Chromium's accessibility tree).

/**
 * What inside the elements `locator` finds reaches past the screen's edges, or scrolls sideways
 * inside its own box: one line each, empty when all fits.
 */
export async function sideways(locator) {
  return locator.evaluateAll((roots) => {
    const found = [];
    const name = (el) => {
      // An SVG element's className is an object; its string is in baseVal.
      const classes = (typeof el.className === 'string' ? el.className : el.className?.baseVal ?? '').trim();
      return el.tagName.toLowerCase() + (classes ? `.${classes.replace(/\s+/g, '.')}` : '');
    };
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        // Out of sight for a screen reader only (a visually hidden head): not drawn.
        if (el.closest('thead') && getComputedStyle(el.closest('thead')).position === 'absolute') continue;
        if (box.left < -0.5 || box.right > window.innerWidth + 0.5) {
          found.push(`${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
        }
        if (el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) {
          found.push(`${name(el)} scrolls: ${el.scrollWidth} > ${el.clientWidth} px`);
        }
      }
    }
    return found;
  });
}

/**
 * The words broken across two lines inside the elements `locator` finds (a word that the
 * browser wrapped inside itself has its letters on more than one line), and any element whose
 * text is wider than its box.
 */
export async function brokenWords(locator) {
  return locator.evaluateAll((elements) => {
    const found = [];
    for (const el of elements) {
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${el.textContent.trim()}: ${el.scrollWidth} > ${el.clientWidth} px`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A line may end after a hyphen ("A-" | "dagpenge"): the parts between are the words.
        for (const match of node.data.matchAll(/[^\s\-–—]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(`»${match[0]}« in »${el.textContent.trim()}«`);
        }
      }
    }
    return found;
  });
}

/**
 * The roles Chromium's accessibility tree gives what is in the table named `caption`: counts of
 * each role (columnheader, rowheader, cell, …), or null when there is no such table.
 */
export async function tableRoles(page, caption) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const table = nodes.find((node) => node.role?.value === 'table' && node.name?.value === caption);
  if (!table) return null;
  const roles = {};
  const visit = (node) => {
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (!child) continue;
      const role = child.role?.value;
      roles[role] = (roles[role] ?? 0) + 1;
      visit(child);
    }
  };
  visit(table);
  return roles;
}
