// The Examples menu: site/gallery/NN-slug.py files, indexed at build time
// into gallery.<hash>.json as {sections: [{title, examples: [{slug, title,
// source, python, sigintAtIdle}]}]}; python is the version an example
// opens in ("3.6" for the tutorial's).
//
// It is a disclosure (a button that shows a panel of buttons), which every
// screen reader and phone handles; arrow keys move between examples and
// Escape closes it, returning focus to the button.

/** Loads the index; the build gives its URL. */
export async function loadGallery(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`gallery: HTTP ${res.status}`);
  return res.json();
}

/**
 * Fills the menu and wires it.
 * @param {HTMLButtonElement} button
 * @param {HTMLElement} panel
 * @param {{sections: object[]}} index
 * @param {(example: object) => void} onPick
 */
export function initGalleryMenu(button, panel, index, onPick) {
  panel.replaceChildren();
  for (const section of index.sections) {
    const group = document.createElement('div');
    group.className = 'menu-section';
    group.setAttribute('role', 'group');
    const heading = document.createElement('p');
    heading.className = 'menu-heading';
    heading.id = `gallery-${section.examples[0]?.slug ?? 'x'}-h`;
    heading.textContent = section.title;
    group.setAttribute('aria-labelledby', heading.id);
    group.append(heading);
    for (const ex of section.examples) {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'menu-item';
      item.dataset.slug = ex.slug;
      const num = document.createElement('span');
      num.className = 'menu-num';
      num.textContent = ex.slug.slice(0, 2);
      const title = document.createElement('span');
      title.textContent = ex.title;
      item.append(num, title);
      if (ex.python === '3.6') {
        const tag = document.createElement('span');
        tag.className = 'menu-tag';
        tag.textContent = '3.6';
        tag.title = 'Opens in Python 3.6, the version it was written for';
        item.append(tag);
      }
      if (ex.sigintAtIdle) {
        const tag = document.createElement('span');
        tag.className = 'menu-tag';
        tag.textContent = 'Ctrl+C';
        tag.title = 'Waits for Ctrl+C';
        item.append(tag);
      }
      item.addEventListener('click', () => {
        close(false);
        onPick(ex);
      });
      group.append(item);
    }
    panel.append(group);
  }

  const items = () => [...panel.querySelectorAll('.menu-item')];
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  function open() {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items()[0]?.focus();
  }
  function close(refocus = true) {
    if (!isOpen()) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close() : open()));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !isOpen()) {
      e.preventDefault();
      open();
    }
  });
  panel.addEventListener('keydown', (e) => {
    const list = items();
    const at = list.indexOf(document.activeElement);
    let next = -1;
    if (e.key === 'ArrowDown') next = (at + 1) % list.length;
    else if (e.key === 'ArrowUp') next = (at - 1 + list.length) % list.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (next >= 0) {
      e.preventDefault();
      list[next].focus();
    }
  });
  // Clicking or tabbing anywhere else closes the menu.
  document.addEventListener('pointerdown', (e) => {
    if (isOpen() && !panel.contains(e.target) && !button.contains(e.target)) close(false);
  });
  panel.addEventListener('focusout', (e) => {
    if (isOpen() && e.relatedTarget && !panel.contains(e.relatedTarget) && e.relatedTarget !== button) close(false);
  });
}
