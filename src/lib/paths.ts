/** URLs under Astro's base (SITE_BASE), one place so every link honours it. */
import type { Script } from './plan-types.ts';
import { PREFIX } from './script.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `url('hans', 'plans', slug)` → `/base/zh-hans/plans/<slug>/` */
export function url(script: Script | null, ...parts: string[]): string {
  const segs = [...(script ? [PREFIX[script]] : []), ...parts.filter(Boolean)];
  return `${base}${segs.map(encodeURIComponent).join('/')}${segs.length ? '/' : ''}`;
}

export const asset = (path: string): string => `${base}${path.replace(/^\//, '')}`;
