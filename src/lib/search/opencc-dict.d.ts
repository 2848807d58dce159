/** opencc-js ships its dictionaries as modules whose default export is "k v|k v|…" (no types). */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
