/**
 * A file made in the page handed to the browser as a download: a link to a blob URL, clicked and
 * removed; the URL is freed a little later, once the browser has started reading it.
 */
import { el } from './search/render.ts';

export function downloadText(name: string, type: string, text: string): void {
  const a = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
