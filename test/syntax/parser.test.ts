import { describe, expect, test } from "vitest";
import { parseUnitFile, valueRangeToSpan } from "../../src/core/syntax/parser.js";
import { decodeSource } from "../../src/core/syntax/source.js";

const pos = (file: ReturnType<typeof parseUnitFile>, offset: number) =>
  file.lineIndex.position(offset);

describe("physical lines (read_line)", () => {
  test.each([
    ["\n", 3],
    ["\r\n", 3],
    ["\r", 3],
    ["\n\r", 3],
  ])("line end %j", (eol, count) => {
    const src = decodeSource(["A=1", "B=2", "C=3"].join(eol));
    expect(src.lines).toHaveLength(count);
    expect(src.text.slice(src.lines[1]!.start, src.lines[1]!.end)).toBe("B=2");
  });

  test("a repeated line end starts a new, empty line; a NUL ends a line", () => {
    const src = decodeSource("A=1\n\nB=2\r\rC\0D");
    expect(src.lines.map((l) => src.text.slice(l.start, l.end))).toEqual([
      "A=1",
      "",
      "B=2",
      "",
      "C",
      "D",
    ]);
    expect(src.hasNul).toBe(true);
  });

  test("invalid UTF-8 is marked per line and decoded with U+FFFD", () => {
    const src = decodeSource(new Uint8Array([0x41, 0x0a, 0xff, 0x42, 0x0a, 0x43]));
    expect(src.lines.map((l) => l.invalidUtf8)).toEqual([false, true, false]);
    expect(src.text).toBe("A\n\uFFFDB\nC");
  });
});

describe("parseUnitFile", () => {
  test("sections, keys and values, stripped of blanks only", () => {
    const f = parseUnitFile(
      "a.service",
      "[Unit]\nDescription = hello world \n[Service]\n\tExecStart=/bin/true\nPrivateTmp==yes\n",
    );
    expect(f.assignments.map((a) => [a.section, a.key, a.value])).toEqual([
      ["Unit", "Description", "hello world"],
      ["Service", "ExecStart", "/bin/true"],
      ["Service", "PrivateTmp", "=yes"],
    ]);
    expect(f.diagnostics).toEqual([]);
  });

  test("a '#' after a value is part of the value; ';' and '#' start comments only at line start", () => {
    const f = parseUnitFile(
      "a.service",
      "[Service]\n# comment\n  ; also a comment\nPrivateTmp=yes # not a comment\n",
    );
    expect(f.assignments[0]!.value).toBe("yes # not a comment");
    expect(f.entries.filter((e) => e.kind === "comment")).toHaveLength(2);
  });

  test("backslash continuation joins with a space, drops comment lines inside, reports the last line", () => {
    const text = "[Service]\nExecStart=/bin/foo \\\n# dropped\n    --bar\nPrivateTmp=ye\\\ns\n";
    const f = parseUnitFile("a.service", text);
    const [exec, tmp] = f.assignments;
    expect(exec!.value).toBe("/bin/foo      --bar");
    expect(exec!.firstLine).toBe(1);
    expect(exec!.reportLine).toBe(3);
    expect(tmp!.value).toBe("ye s");
    const comment = f.entries.find((e) => e.kind === "comment");
    expect(comment).toMatchObject({ inContinuation: true, text: "# dropped" });
  });

  test("an escaped backslash at the end does not continue", () => {
    const f = parseUnitFile("a.service", "[Service]\nA=x\\\\\nB=y\n");
    expect(f.assignments.map((a) => a.value)).toEqual(["x\\\\", "y"]);
  });

  test("value spans map words on continuation lines back to the source", () => {
    const text = "[Service]\nSystemCallFilter=@system-service \\\n  open,read\n";
    const f = parseUnitFile("a.service", text);
    const a = f.assignments[0]!;
    const at = a.value.indexOf("open,read");
    const span = valueRangeToSpan(a, at, at + "open,read".length);
    expect(text.slice(span.start, span.end)).toBe("open,read");
    expect(pos(f, span.start)).toEqual({ line: 3, column: 3 });
    expect(pos(f, a.keySpan.start)).toEqual({ line: 2, column: 1 });
  });

  test("CRLF and a byte order mark", () => {
    const f = parseUnitFile("a.service", "\uFEFF[Service]\r\nPrivateTmp=yes\r\n");
    expect(f.entries[0]).toMatchObject({ kind: "section", name: "Service" });
    expect(f.assignments[0]!.value).toBe("yes");
  });

  test("only the first byte order mark is dropped, wherever it is", () => {
    const f = parseUnitFile("a.service", "[Service]\n\uFEFFA=1\n\uFEFFB=2\n");
    expect(f.assignments.map((a) => a.key)).toEqual(["A", "\uFEFFB"]);
  });

  test("repeated keys are all kept, in order", () => {
    const f = parseUnitFile("a.service", "[Service]\nA=1\nA=\nA=3\n");
    expect(f.assignments.map((a) => a.value)).toEqual(["1", "", "3"]);
  });

  test.each([
    ["[Service]\nno equals here\n", "missing-equals", false],
    ["[Service]\n =x\n", "missing-key", false],
    ["A=1\n", "outside-section", false],
    ["[Service\nA=1\n", "invalid-section-header", true],
    ['[Ser"vice]\n', "unsafe-section-name", true],
    ["[Service]\nA=1\\\n", "unterminated-continuation", false],
  ])("diagnostic for %j", (text, code, fatal) => {
    const f = parseUnitFile("a.service", text);
    expect(f.diagnostics.map((d) => [d.code, d.fatal])).toContainEqual([code, fatal]);
  });

  test("invalid UTF-8 outside comments is fatal, inside comments harmless", () => {
    const bad = new Uint8Array([
      ...Buffer.from("[Service]\n# caf"),
      0xe9,
      ...Buffer.from("\nA=caf"),
      0xe9,
      0x0a,
    ]);
    const f = parseUnitFile("a.service", bad);
    expect(f.diagnostics).toHaveLength(1);
    expect(f.diagnostics[0]).toMatchObject({ code: "invalid-utf8", fatal: true, reportLine: 2 });
  });

  test("never throws, and keeps every line as an entry", () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(() => parseUnitFile("junk.service", junk)).not.toThrow();
    const f = parseUnitFile("a.service", "[Service]\n\n# c\nA=1\nbroken\n");
    expect(f.entries.map((e) => e.kind)).toEqual(["section", "comment", "assignment", "broken"]);
  });
});
