// A chart's category name set on lines of even length. Left to itself echarts
// fills each line to the width and leaves the rest on the last one: a hall's
// name 向阳区政务服务中心 read "向阳区政务服务中" over a lone "心". Lines break
// between words (Intl.Segmenter knows Chinese words: 政务|服务|中心), and inside
// a word only where the word alone is wider than a line.
const words = new Intl.Segmenter('zh', { granularity: 'word' });
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** `text` in its words (政务|服务|中心), spaces and signs kept as pieces of their own. */
export const wordSegments = (text: string): string[] => Array.from(words.segment(text), (s) => s.segment);

/** Signs a line may not start with (a colon, a comma, a closing bracket) or end with (an opening one). */
const CLOSING = /^[\s]*[:;,.!?)\]}%：；，。、！？）】」』》…·]+$/u;
const OPENING = /^[([{（【「『《]+$/u;

/**
 * `text` in the pieces a line may break between: its words, with a sign kept to the word it belongs
 * to. "This month: Energy use" broke as "This month / : Energy use".
 */
export function phraseSegments(text: string): string[] {
  // A space before a middle dot would let the line break there and start the next with it ("· members & volunteers"):
  // it becomes a no-break space, the one character the pieces do not give back as it was.
  text = text.replace(/ +(?=·)/gu, '\u00a0');
  const out: string[] = [];
  let opening = '';
  for (const word of wordSegments(text)) {
    if (OPENING.test(word)) opening += word;
    else if (out.length && !opening && CLOSING.test(word.trimEnd()) && word.trim()) {
      out[out.length - 1] += word;
      // Held to the word before across a no-break space, which is a piece of its own.
      if (out.length > 1 && out[out.length - 1]!.startsWith('\u00a0')) out.splice(-2, 2, out[out.length - 2]! + out[out.length - 1]!);
    }
    else {
      out.push(opening + word);
      opening = '';
    }
  }
  if (opening) out.push(opening);
  return out;
}

/** Wide (CJK, full-width) characters take an em; the rest a little over half of one. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const charEm = (ch: string) => (WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58);

/** An estimate of `text`'s width at `fontSize` px: the chart options are made before anything is drawn. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** The pieces a line may end after: words, a word wider than a line cut into its characters. */
function pieces(text: string, maxWidth: number, fontSize: number): string[] {
  const out: string[] = [];
  for (const { segment } of words.segment(text)) {
    if (textWidth(segment, fontSize) <= maxWidth) out.push(segment);
    else for (const g of graphemes.segment(segment)) out.push(g.segment);
  }
  return out;
}

const lineWidth = (parts: readonly string[], fontSize: number) => textWidth(parts.join('').trim(), fontSize);

/** `parts` into `n` lines with the widest line as narrow as can be; null when `n` cannot be had. */
function splitEvenly(parts: readonly string[], n: number, fontSize: number): { lines: string[]; widest: number } | null {
  if (n > parts.length) return null;
  // best[k][i]: the widest line when the first i parts make k lines; from[k][i]: where the last one starts.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(parts.length + 1).fill(Infinity));
  const from = Array.from({ length: n + 1 }, () => new Array<number>(parts.length + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= n; k++) {
    for (let i = k; i <= parts.length; i++) {
      for (let j = k - 1; j < i; j++) {
        const w = Math.max(best[k - 1]![j]!, lineWidth(parts.slice(j, i), fontSize));
        if (w < best[k]![i]!) {
          best[k]![i] = w;
          from[k]![i] = j;
        }
      }
    }
  }
  const lines: string[] = [];
  for (let k = n, i = parts.length; k > 0; i = from[k]![i]!, k--) lines.unshift(parts.slice(from[k]![i]!, i).join('').trim());
  return { lines, widest: best[n]![parts.length]! };
}

/** `text` on as few lines as fit `maxWidth` px, each about as long as the others. */
export function balancedLines(text: string, maxWidth: number, fontSize: number): string[] {
  const total = textWidth(text, fontSize);
  if (total <= maxWidth || maxWidth <= 0) return [text];
  const parts = pieces(text, maxWidth, fontSize);
  for (let n = Math.ceil(total / maxWidth); n <= parts.length; n++) {
    const split = splitEvenly(parts, n, fontSize);
    if (split && split.widest <= maxWidth) return split.lines;
  }
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** `text` cut to `maxWidth` px, with an ellipsis where it was cut. */
export function cutToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  let width = 0;
  const room = maxWidth - textWidth('…', fontSize);
  for (const { segment } of graphemes.segment(text)) {
    width += textWidth(segment, fontSize);
    if (width > room) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}
