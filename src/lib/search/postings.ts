/**
 * Posting lists of the gram directory (browser-safe): where a gram occurs, as bytes.
 *
 * A place is (plan, passage, offset), the offset in UTF-16 units of the passage's normalised
 * text. A list holds, per plan in increasing order: the plan's distance from the previous
 * plan, the number of places, then per place the passage's distance from the previous place's
 * passage and the offset (from the previous offset in the same passage, absolute in a new
 * one). Every number is an unsigned LEB128 varint, so the many small gaps of a common gram
 * take one byte each.
 */

/** Offsets are below 2²⁰ (a passage of a million characters); a place packs into one safe integer. */
export const OFFSET_BITS = 20;
const OFFSET_SPAN = 2 ** OFFSET_BITS;

/** A passage and offset as one sortable number. */
export const place = (rec: number, off: number): number => rec * OFFSET_SPAN + off;
export const recOf = (p: number): number => Math.floor(p / OFFSET_SPAN);
export const offOf = (p: number): number => p % OFFSET_SPAN;

/** A decoded list: per plan (increasing), its places (increasing). */
export type Postings = Map<number, Float64Array>;

/** Appends varints to a growing byte array. */
export class ByteWriter {
  private buf = new Uint8Array(16);
  length = 0;

  varint(n: number): void {
    if (!(n >= 0 && Number.isSafeInteger(n))) throw new Error(`varint out of range: ${n}`);
    if (this.length + 8 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    while (n >= 0x80) {
      this.buf[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.length++] = n;
  }

  append(bytes: Uint8Array): void {
    while (this.length + bytes.length > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Writes one gram's list plan by plan (plans in increasing order), so a build never holds all places at once. */
export class PostingWriter {
  private readonly w = new ByteWriter();
  private lastPlan = -1;
  /** Places written so far. */
  count = 0;

  /** Adds a plan's places (sorted, non-empty). */
  add(plan: number, places: readonly number[]): void {
    if (plan <= this.lastPlan) throw new Error(`posting list: plan ${plan} after ${this.lastPlan}`);
    const w = this.w;
    w.varint(plan - this.lastPlan - 1);
    w.varint(places.length);
    this.lastPlan = plan;
    this.count += places.length;
    let rec = 0;
    let off = 0;
    for (const p of places) {
      const r = recOf(p);
      const o = offOf(p);
      w.varint(r - rec);
      w.varint(r === rec ? o - off : o);
      rec = r;
      off = o;
    }
  }

  get length(): number {
    return this.w.length;
  }

  bytes(): Uint8Array {
    return this.w.bytes();
  }
}

/** Encodes one gram's places: per plan, its places sorted. */
export function encodePostings(byPlan: ReadonlyMap<number, readonly number[]>): Uint8Array {
  const w = new PostingWriter();
  for (const plan of [...byPlan.keys()].sort((a, b) => a - b)) w.add(plan, byPlan.get(plan)!);
  return w.bytes();
}

/** Reads varints from bytes[at, to). */
export class ByteReader {
  at: number;
  readonly to: number;
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array, from = 0, to = bytes.length) {
    this.bytes = bytes;
    this.at = from;
    this.to = to;
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.to) throw new Error('posting list: truncated varint');
      const b = this.bytes[this.at++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }
}

/** Decodes what a PostingWriter wrote (bytes[from, to)). */
export function decodePostings(bytes: Uint8Array, from = 0, to = bytes.length): Postings {
  const out: Postings = new Map();
  const r = new ByteReader(bytes, from, to);
  let plan = -1;
  while (r.at < r.to) {
    plan += r.varint() + 1;
    const n = r.varint();
    const places = new Float64Array(n);
    let rec = 0;
    let off = 0;
    for (let i = 0; i < n; i++) {
      const dr = r.varint();
      const o = r.varint();
      off = dr === 0 ? off + o : o;
      rec += dr;
      places[i] = place(rec, off);
    }
    out.set(plan, places);
  }
  return out;
}
