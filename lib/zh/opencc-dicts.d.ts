// opencc-js ships no types for its dictionary modules: each is one string of `from to|…` pairs.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
