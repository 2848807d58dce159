/** The link to where a pair sharing wording is drawn (a place from anchors.ts), under the site's base. */
import { url } from '../paths.ts';
import type { Script } from '../plan-types.ts';

export function sharedHref(script: Script, place: string): string {
  const [path, anchor = ''] = place.split('#');
  return `${url(script, ...path.split('/'))}#${anchor}`;
}
