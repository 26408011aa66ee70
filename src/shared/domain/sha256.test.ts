import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes } from './sha256.ts';

describe('sha256Hex', () => {
  // Expected digests from FIPS 180-4 examples and node:crypto.
  const vectors: [string, string][] = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['网格化智慧指挥中心', 'c5aebfc0a0ea454566aebe41862d3770774dd3ea0d1d337a1895eaea40cde311'],
    ['😀 emoji', 'c5db20e64d86b693d8e312b379cfdd211311f63f3743831e6f4139344b39d762'],
    ['a'.repeat(55), '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
    ['a'.repeat(56), 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
    ['a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
    ['x'.repeat(1000), '44f8354494a5ba03ba1792a8d3e9c534c47a9181980fde7a3f44b06ef2ae7c7f'],
  ];
  it.each(vectors)('hashes %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });
  it('agrees with node:crypto on texts of every length across block boundaries, mixed scripts and lone surrogates', () => {
    const alphabet = ['a', '{', '"', '网', '格', '¢', '😀', '\ud800', '\udfff', '0'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let length = 0; length < 300; length++) {
      const text = Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
      // TextEncoder, like utf8Bytes, writes a lone surrogate as U+FFFD.
      expect(sha256Hex(text)).toBe(createHash('sha256').update(new TextEncoder().encode(text)).digest('hex'));
    }
  });
});

describe('utf8Bytes', () => {
  it('encodes 1- to 4-byte code points and replaces lone surrogates', () => {
    expect([...utf8Bytes('a¢网😀')]).toEqual([0x61, 0xc2, 0xa2, 0xe7, 0xbd, 0x91, 0xf0, 0x9f, 0x98, 0x80]);
    expect([...utf8Bytes('\ud800')]).toEqual([0xef, 0xbf, 0xbd]);
    expect([...utf8Bytes('a\udc00\ud83d')]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]);
    expect(Buffer.from(utf8Bytes('😀\ud800😀')).equals(Buffer.from(new TextEncoder().encode('😀\ud800😀')))).toBe(true);
  });
});
