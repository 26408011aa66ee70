// Short names for communities and villages: the committee's suffix adds width,
// not meaning, on a map or in a grid's name. One rule for the whole product, so
// a community and its grids read alike (长安村 and 长安村第一网格).

const SHORT_FORMS: readonly (readonly [RegExp, string])[] = [
  [/社区居委会$/, '社区'],
  [/居委会$/, '社区'],
  [/居民委员会$/, '居委'],
  [/村?村民委员会$/, '村'],
  [/村委会$/, '村'],
];

/** 安民社区居委会 → 安民社区, 万发村委会 → 万发村, 永安村村民委员会 → 永安村; a bare suffix stays as it is. */
export function communityShortName(name: string): string {
  for (const [suffix, short] of SHORT_FORMS) {
    if (!suffix.test(name)) continue;
    const shortened = name.replace(suffix, short);
    return shortened.length > short.length ? shortened : name;
  }
  return name;
}
