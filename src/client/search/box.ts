/**
 * The header search box on every page (kept tiny): `/` and Ctrl/⌘-K focus it, and the first
 * focus loads the results panel and, with it, the index. Without JS the box is a plain form.
 */
const form = document.querySelector<HTMLFormElement>('form.search-box');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  let loading: Promise<unknown> | undefined;
  const start = () => (loading ??= import('./panel.ts').then((m) => m.attach(form, input)));
  input.addEventListener('focus', start, { once: true });
  if (document.activeElement === input) start();

  const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing || e.altKey) return;
    const k = e.key.toLowerCase();
    const palette = k === 'k' && (e.ctrlKey || e.metaKey) && !e.shiftKey;
    if (!palette && !(e.key === '/' && !e.ctrlKey && !e.metaKey && !typing(e.target))) return;
    e.preventDefault();
    // The search page's own box takes precedence over the header's.
    const target = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
    target.focus();
    target.select();
  });
}
