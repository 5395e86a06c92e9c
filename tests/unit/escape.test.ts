// src/lib/escape.ts: the one escaping function for hand-written SVG, slides and decks.
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/escape.ts';

describe('escapeXml', () => {
  it('escapes the characters that end a text node or a double-quoted attribute', () => {
    expect(escapeXml('a < b > c & "d"')).toBe('a &lt; b &gt; c &amp; &quot;d&quot;');
  });
  it('escapes an ampersand first, so an entity in the input is shown, not decoded', () => {
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });
  it('leaves Hangul, apostrophes and everything else alone', () => {
    expect(escapeXml("퍼플렉서티 (Qwen-7B's) ≤ 3.5 · −1")).toBe("퍼플렉서티 (Qwen-7B's) ≤ 3.5 · −1");
  });
});
