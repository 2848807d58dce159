/**
 * The relation data the build writes per plan (/data/related/<slug>.json) and pages and the
 * plan-page marker read. Loaded one plan at a time, never the whole corpus.
 */
import type { Script } from '../plan-types.ts';

export type Bilingual = Record<Script, string>;

export interface RelatedItem {
  /** The other plan's slug and the passage's contract id there. */
  plan: string;
  id: string;
  label: Bilingual;
  title: Bilingual;
  /** Cosine of the weighted n-gram vectors, 0–1: how close in theme. */
  score: number;
  /** Characters shared word for word (simplified script), where the two share wording. */
  shared?: number;
  /**
   * Where the two are drawn side by side, when they share wording: a section page and anchor
   * under the script prefix, "plans/<slug>/<id>/#shared-<otherSlug>-<otherId>" — this passage's
   * own page when it draws the pair, else the other passage's.
   */
  compare?: string;
}

export interface RelatedPassage {
  id: string;
  label: Bilingual;
  title: Bilingual;
  related: RelatedItem[];
}

export interface RelatedPlanFile {
  plan: string;
  /** Short names of every plan referred to ("台州建议"), both scripts. */
  plans: Record<string, Bilingual>;
  /** How the relations were computed, for the open data's readers. */
  method: string;
  passages: RelatedPassage[];
}
