import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: '网' }], c: undefined } })).toBe('{"a":{"d":[2,{"y":"网","z":null}]},"b":1}');
  });

  it('gives the same text whatever order fields were assigned in', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('orders keys by UTF-16 code units, integer-like and non-ASCII keys included', () => {
    expect(canonicalJson({ b: 1, B: 2, '10': 3, '9': 4, 网: 5, a: [true, 'x', { '😀': 1, 'ｚ': 2 }] })).toBe(
      '{"10":3,"9":4,"B":2,"a":[true,"x",{"😀":1,"ｚ":2}],"b":1,"网":5}',
    );
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});
