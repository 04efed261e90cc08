// opencc-js ships types for its converters but not for its dictionary modules (plain strings).
declare module 'opencc-js/dict/TSCharacters' {
  /** `traditional simplified|…` pairs. */
  const dict: string;
  export default dict;
}
