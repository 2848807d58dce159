/**
 * Plan page: a "相关" button after the heading of each passage with relations; the plan's
 * relation file is fetched on the first click (never before, never the whole corpus) and each
 * opened marker shows its related passages as links.
 */
import type { Script } from '../../lib/plan-types.ts';
import { sharedHref } from '../../lib/related/href.ts';
import type { RelatedItem, RelatedPlanFile } from '../../lib/related/types.ts';

interface Config {
  src: string;
  script: Script;
  plans: string;
  label: string;
  /** "共有文字 {0} 字": the link to where a pair sharing wording is drawn side by side. */
  shared: string;
  loading: string;
  failed: string;
}

let file: Promise<RelatedPlanFile> | undefined;
const load = (src: string) => {
  file ??= fetch(src).then((r) => {
    if (!r.ok) throw new Error(`${src}: ${r.status}`);
    return r.json() as Promise<RelatedPlanFile>;
  });
  return file;
};

/** Where the marker goes: after the passage's heading (a section's h3, a box's h4) or its first paragraph (an article). */
function anchorOf(el: HTMLElement): HTMLElement {
  if (/^H[1-6]$/.test(el.tagName)) return el;
  return el.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, p') ?? el;
}

/**
 * "相关：临海实施方案 第24条 …（共有文字 224 字）、一（二） … · 衢州纲要 十一（三） 提升公共文化服务水平 …": each plan once, its
 * passages after it, and where one shares wording, a link to the two side by side.
 */
function render(list: HTMLElement, data: RelatedPlanFile, id: string, c: Config): void {
  const passage = data.passages.find((p) => p.id === id);
  const byPlan = new Map<string, RelatedItem[]>();
  for (const r of passage?.related ?? []) byPlan.set(r.plan, [...(byPlan.get(r.plan) ?? []), r]);
  list.replaceChildren(`${c.label}：`);
  [...byPlan].forEach(([plan, items], i) => {
    if (i > 0) list.append(' · ');
    list.append(`${data.plans[plan]?.[c.script] ?? plan} `);
    items.forEach((r, j) => {
      if (j > 0) list.append('、');
      const a = document.createElement('a');
      a.href = `${c.plans}${encodeURIComponent(r.plan)}/#${r.id}`;
      // The passage's number and its title: a number alone says nothing to a reader.
      a.textContent = `${r.label[c.script]} ${r.title[c.script].replace(/[。.]$/, '')}`.trim();
      list.append(a);
      if (r.compare && r.shared) {
        const pair = document.createElement('a');
        pair.href = sharedHref(c.script, r.compare);
        pair.textContent = c.shared.replace('{0}', String(r.shared));
        list.append('（', pair, '）');
      }
    });
  });
}

export function initRelatedMarkers(): void {
  const host = document.querySelector<HTMLElement>('[data-related-markers]');
  if (!host) return;
  const d = host.dataset;
  const c: Config = {
    src: d.src ?? '',
    script: d.script === 'hant' ? 'hant' : 'hans',
    plans: d.plans ?? '',
    label: d.label ?? '',
    shared: d.shared ?? '',
    loading: d.loading ?? '',
    failed: d.failed ?? '',
  };
  for (const id of (d.ids ?? '').split(' ').filter(Boolean)) {
    const el = document.getElementById(id);
    if (!el) continue;
    const anchor = anchorOf(el);
    const marker = document.createElement('div');
    marker.className = 'related-marker';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'related-toggle';
    button.textContent = c.label;
    button.setAttribute('aria-expanded', 'false');
    const list = document.createElement('p');
    list.className = 'related-inline';
    list.id = `related-inline-${id}`;
    list.hidden = true;
    button.setAttribute('aria-controls', list.id);
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
      if (!open || list.dataset.done) return;
      list.textContent = c.loading;
      try {
        render(list, await load(c.src), id, c);
        list.dataset.done = '1';
      } catch {
        list.textContent = c.failed;
      }
    });
    marker.append(button, list);
    anchor.after(marker);
  }
}
