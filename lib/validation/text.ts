// What counts as "nothing typed": whitespace and the invisible format characters (zero-width
// space, joiners, word joiner, byte-order mark and the rest of Unicode's Cf category) that paste
// in from other apps. A title made only of them would be an invisible, unclickable link.

const INVISIBLE = /^[\s\p{Cf}]*$/u;

/** True for "", "   ", "\u200B\u200D", "\uFEFF \u2060": text that shows nothing. */
export function isBlankText(text: string): boolean {
  return INVISIBLE.test(text);
}
