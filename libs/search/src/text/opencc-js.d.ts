// opencc-js ships its dictionaries as modules (exports './*') without type declarations: each exports one string,
// entries separated by '|', each 'source target'.
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
