// Light and dark themes. By default the page follows the system's
// prefers-color-scheme (and keeps following it); once the user picks the
// other one with the toggle, that choice is remembered in localStorage.

const KEY = 'aioplay.theme';
const media = matchMedia('(prefers-color-scheme: dark)');

const system = () => (media.matches ? 'dark' : 'light');

function load() {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'dark' || v === 'light' ? v : null;
  } catch {
    return null; // storage disabled: the choice lasts for this page only
  }
}

function save(choice) {
  try {
    if (choice === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Not remembered; the page still switches.
  }
}

/**
 * Applies the theme to <html data-theme> and wires the toggle button.
 * @param {HTMLButtonElement} button
 * @param {(dark: boolean) => void} onChange also called once at start
 */
export function initTheme(button, onChange) {
  let choice = load();
  const apply = () => {
    const theme = choice ?? system();
    document.documentElement.dataset.theme = theme;
    button.setAttribute('aria-pressed', String(theme === 'dark'));
    button.title = theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme';
    onChange(theme === 'dark');
  };
  button.addEventListener('click', () => {
    const next = (choice ?? system()) === 'dark' ? 'light' : 'dark';
    // Picking the system's own theme goes back to following the system.
    choice = next === system() ? null : next;
    save(choice);
    apply();
  });
  media.addEventListener('change', apply);
  apply();
}
