import { describe, expect, test } from "vitest";
import { expandSpecifiers } from "../../src/core/syntax/specifiers.js";
import { parseBoolean, splitWords } from "../../src/core/syntax/words.js";
import { parseUnitName } from "../../src/core/units/names.js";

const texts = (s: string, unquote: boolean) =>
  splitWords(s, unquote ? { unquote: true } : {}).words.map((w) => w.text);

describe("extract_first_word", () => {
  test("unquoting joins quoted parts and drops the quotes", () => {
    expect(texts(`"a b" c'd'e "x"'y'`, true)).toEqual(["a b", "cde", "xy"]);
  });
  test("without unquoting, quotes are plain characters", () => {
    expect(texts(`"a b" c`, false)).toEqual(['"a', 'b"', "c"]);
  });
  test("a backslash takes the next character literally", () => {
    expect(texts("a\\ b \\x41", false)).toEqual(["a b", "x41"]);
  });
  test("an unbalanced quote stops the list where it starts", () => {
    const r = splitWords(`AF_INET "AF_UNIX`, { unquote: true });
    expect(r.words.map((w) => w.text)).toEqual(["AF_INET"]);
    expect(r.errorAt).not.toBeNull();
  });
  test("words know where they are in the value", () => {
    const r = splitWords("  one  'two three'", { unquote: true });
    expect(r.words.map((w) => [w.start, w.end])).toEqual([
      [2, 5],
      [7, 18],
    ]);
  });
});

test.each([
  ["yes", true],
  ["Y", true],
  ["on", true],
  ["1", true],
  ["t", true],
  ["no", false],
  ["OFF", false],
  ["0", false],
  ["f", false],
  ["maybe", null],
  ["", null],
  ["yes # c", null],
])("parse_boolean(%j)", (v, expected) => expect(parseBoolean(v)).toBe(expected));

describe("specifiers", () => {
  const unit = parseUnitName("foo-bar@i.service")!;
  test.each([
    ["%n", "foo-bar@i.service"],
    ["%N", "foo-bar@i"],
    ["%p", "foo-bar"],
    ["%P", "foo/bar"],
    ["%i", "i"],
    ["%j", "bar"],
    ["%f", "/i"],
    ["%u", "root"],
    ["%U", "0"],
    ["%h", "/root"],
    ["%%", "%"],
    ["100%!", "100%!"],
    ["a%", "a%"],
  ])("%s", (s, expected) =>
    expect(expandSpecifiers(s, { unit })).toEqual({
      ok: true,
      value: expected,
      hostDependent: false,
    }),
  );
  test("an unknown letter fails", () =>
    expect(expandSpecifiers("%z", { unit })).toEqual({ ok: false, specifier: "%z" }));
  test("host specifiers are kept and flagged", () =>
    expect(expandSpecifiers("%H", { unit })).toEqual({
      ok: true,
      value: "%H",
      hostDependent: true,
    }));
});
