import { describe, expect, test } from "vitest";
import { isBlankText } from "./text";

describe("isBlankText: text that shows nothing", () => {
  test.each([
    ["", true],
    ["   ", true],
    ["\t\n", true],
    ["\u200B", true], // zero-width space
    ["\u200C\u200D", true], // joiners
    ["\u2060", true], // word joiner
    ["\uFEFF", true], // byte-order mark
    ["\u00AD", true], // soft hyphen (Cf)
    ["\u202E\u2066\u2069", true], // direction marks (Cf)
    [" \u200B \u00A0", true], // with spaces, a no-break one included
    ["a", false],
    ["\u200Ba", false],
    ["🔥", false],
    ["‍👩‍💻", false], // a joiner inside an emoji sequence
  ])("%j → %s", (text, blank) => {
    expect(isBlankText(text)).toBe(blank);
  });
});
