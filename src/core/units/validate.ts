/**
 * Value checks for the settings the exposure checks do not read but users rely on for
 * sandboxing and resource limits: every boolean, memory limits, CPUQuota=, TasksMax=, weights,
 * the file-system path lists and the *Directory= settings. Each logs what systemd 252 logs for
 * the same value (its text, from load-fragment.c and friends); none changes the score.
 */
import { grammarAccepts, grammarRejection, releaseOf, type Release } from "../release.js";
import { expandSpecifiers } from "../syntax/specifiers.js";
import { extractWord, parseBoolean, splitWords } from "../syntax/words.js";
import { parseUnitName } from "./names.js";
import { parseErrorText, type OptionContext } from "./options-context.js";
import { simplifyPath } from "./values.js";

type Validator = (ctx: OptionContext, key: string) => void;

/** strtoull() as parse_size() uses it: digits in base 10 after optional blanks. */
function permyriad(value: string, unbounded: boolean): number | null {
  const parts = (p: string, symbol: string, places: 0 | 1 | 2): number | null => {
    if (!p.endsWith(symbol)) return null;
    const body = p.slice(0, -symbol.length);
    const m =
      places === 0
        ? /^[ \t\n\r]*\+?(\d+)$/.exec(body)
        : places === 1
          ? /^[ \t\n\r]*\+?(\d+)(?:\.(\d))?$/.exec(body)
          : /^[ \t\n\r]*\+?(\d+)(?:\.(\d\d?))?$/.exec(body);
    if (!m) return null;
    const whole = Number(m[1]);
    const frac = m[2] ?? "";
    if (places === 0) return whole;
    if (places === 1) return whole * 10 + (frac === "" ? 0 : Number(frac));
    return whole * 100 + (frac === "" ? 0 : frac.length === 1 ? Number(frac) * 10 : Number(frac));
  };
  const v = value.endsWith("‱")
    ? parts(value, "‱", 0)
    : value.endsWith("‰")
      ? parts(value, "‰", 1)
      : parts(value, "%", 2);
  if (v === null) return null;
  return !unbounded && v > 10000 ? -1 : v;
}

const SIZE_SUFFIX = ["E", "P", "T", "G", "M", "K", "B", ""];

/** parse_size() with base 1024: "512M", "1.5G", "1G 512M"; null when invalid, -1 when too large. */
export function parseSize(t: string): number | null {
  let p = 0;
  let total = 0;
  let start = 0;
  do {
    while (p < t.length && " \t\n\r".includes(t[p]!)) p++;
    const m = /^[0-9]+/.exec(t.slice(p));
    if (!m) return null;
    let e = p + m[0].length;
    if (t[e] === ".") {
      e++;
      const f = /^[0-9]+/.exec(t.slice(e));
      if (f) e += f[0].length;
    }
    while (e < t.length && " \t\n\r".includes(t[e]!)) e++;
    let i = start;
    for (; i < SIZE_SUFFIX.length; i++) if (t.startsWith(SIZE_SUFFIX[i]!, e)) break;
    if (i >= SIZE_SUFFIX.length) return null;
    const value =
      Number(
        t
          .slice(p, e)
          .trim()
          .replace(/[A-Z]$/, ""),
      ) *
      1024 ** (6 - Math.min(i, 6));
    total += value;
    if (total >= 2 ** 64) return -1;
    p = e + SIZE_SUFFIX[i]!.length;
    start = i + 1;
  } while (p < t.length);
  return total;
}

/** safe_atou64(): an unsigned number, base 10 (or 0x/0o/0b), no sign. */
function unsigned(s: string): number | null {
  const m = /^[ \t\n\r]*(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$/.exec(s);
  if (!m) return null;
  const d = m[1]!;
  if (/^0[xX]/.test(d)) return parseInt(d.slice(2), 16);
  if (/^0[oO]/.test(d)) return parseInt(d.slice(2), 8);
  if (/^0[bB]/.test(d)) return parseInt(d.slice(2), 2);
  if (d.length > 1 && d.startsWith("0")) return parseInt(d, 8);
  return Number(d);
}

/** A leading minus after blanks: strtoull() takes it, systemd then says "out of range". */
const negative = (v: string): boolean => /^[ \t\n\r]*-/.test(v);

const memoryLimit: Validator = (ctx, key) => {
  const v = ctx.value;
  if (v === "" || v === "infinity") return;
  const pct = permyriad(v, false);
  let bytes: number;
  if (pct !== null && pct >= 0) bytes = pct === 0 ? 0 : 1;
  else {
    const size = negative(v) && /^[ \t\n\r]*-[0-9]/.test(v) ? -1 : parseSize(v);
    if (size === null || size < 0) {
      ctx.warn(
        "invalid-value",
        `Invalid memory limit '${v}', ignoring: ${size === null ? "Invalid argument" : "Numerical result out of range"}`,
        v,
      );
      return;
    }
    bytes = size;
  }
  if (bytes <= 0 && !["MemorySwapMax", "MemoryLow", "MemoryMin"].includes(key)) {
    ctx.warn("invalid-value", `Memory limit '${v}' out of range, ignoring.`, v);
  }
};

const cpuQuota: Validator = (ctx) => {
  const v = ctx.value;
  if (v === "") return;
  const r = permyriad(v, true);
  if (r === null || r <= 0) ctx.warn("invalid-value", `Invalid CPU quota '${v}', ignoring.`, v);
};

const tasksMax: Validator = (ctx) => {
  const v = ctx.value;
  if (v === "" || v === "infinity") return;
  const pct = permyriad(v, false);
  if (pct !== null && pct >= 0) return;
  const n = unsigned(v);
  if (n === null) {
    const why =
      negative(v) && /^[ \t\n\r]*-[0-9]/.test(v)
        ? "Numerical result out of range"
        : "Invalid argument";
    ctx.warn("invalid-value", `Invalid maximum tasks value '${v}', ignoring: ${why}`, v);
    return;
  }
  if (n <= 0) ctx.warn("invalid-value", `Maximum tasks value '${v}' out of range, ignoring.`, v);
};

const weight =
  (cpu: boolean): Validator =>
  (ctx) => {
    const v = ctx.value;
    if (v === "" || (cpu && v === "idle")) return;
    const n = unsigned(v);
    if (n === null || n < 1 || n > 10000) {
      ctx.warn(
        "invalid-value",
        parseErrorText(
          ctx,
          `${cpu ? "Invalid CPU weight" : "Invalid weight"}, ignoring: ${v}`,
          n === null ? "Invalid argument" : "Numerical result out of range",
        ),
        v,
      );
    }
  };

/** DEFINE_CONFIG_PARSE_PTR over an unsigned range: "MESSAGE, ignoring: VALUE". */
const ranged =
  (message: string, min: number, max: number): Validator =>
  (ctx) => {
    const v = ctx.value;
    if (v === "") return;
    const n = unsigned(v);
    if (n === null || n < min || n > max)
      ctx.warn(
        "invalid-value",
        parseErrorText(
          ctx,
          `${message}, ignoring: ${v}`,
          n === null ? "Invalid argument" : "Numerical result out of range",
        ),
        v,
      );
  };

const plainBoolean: Validator = (ctx) => {
  if (parseBoolean(ctx.value) === null)
    ctx.warn(
      "invalid-boolean",
      parseErrorText(ctx, `Failed to parse boolean value, ignoring: ${ctx.value}`),
      ctx.value,
    );
};

/** ReadWritePaths= and friends: absolute paths, each optionally prefixed with '-' and '+'. */
const namespacePaths: Validator = (ctx, key) => {
  if (ctx.value === "") return;
  const { words, errorAt } = splitWords(ctx.value, { unquote: true });
  for (const w of words) {
    let p = w.text;
    if (p.startsWith("-")) p = p.slice(1);
    if (p.startsWith("+")) p = p.slice(1);
    const r = expandSpecifiers(p, ctx.specifiers);
    if (!r.ok) {
      ctx.warn(
        "unresolved-specifier",
        `Failed to resolve unit specifiers in ${p}: Invalid slot`,
        r.specifier,
        { start: w.start, end: w.end },
      );
      continue;
    }
    if (!r.value.startsWith("/")) {
      ctx.warn("invalid-path", `${key}= path is not absolute, ignoring: ${r.value}`, r.value, {
        start: w.start,
        end: w.end,
      });
      continue;
    }
    const simple = simplifyPath(r.value);
    if (simple.split("/").includes(".."))
      ctx.warn("invalid-path", `${key}= path is not normalized, ignoring: ${simple}`, simple, {
        start: w.start,
        end: w.end,
      });
  }
  if (errorAt !== null)
    ctx.warn("invalid-syntax", `Failed to extract first word, ignoring: ${ctx.value}`, ctx.value);
};

/** StateDirectory= and friends: relative paths (with an optional `:destination`). */
const execDirectories: Validator = (ctx, key) => {
  if (ctx.value === "") return;
  let at = 0;
  for (;;) {
    const r = extractWord(ctx.value, at, { unquote: true, retainEscape: true });
    if (r.kind === "end") return;
    if (r.kind === "error") {
      ctx.warn(
        "invalid-syntax",
        `Invalid syntax ${key}=${ctx.value}, ignoring: Invalid argument`,
        ctx.value,
      );
      return;
    }
    at = r.next;
    const range = { start: r.word.start, end: r.word.end };
    const [src = "", dest = ""] = r.word.text.split(":");
    for (const [i, part] of [src, dest].entries()) {
      if (i === 1 && part === "") break;
      if (i === 1 && key === "ConfigurationDirectory") {
        const what = ctx.release.parseErrors === "classic" ? "Destination" : "Additional";
        ctx.warn(
          "invalid-value",
          `${what} parameter is not supported for ConfigurationDirectory, ignoring: ${r.word.text}`,
          r.word.text,
          range,
        );
        break;
      }
      const e = expandSpecifiers(part, ctx.specifiers);
      if (!e.ok) {
        ctx.warn(
          "unresolved-specifier",
          `Failed to resolve unit specifiers in "${part}", ignoring: Invalid slot`,
          e.specifier,
          range,
        );
        break;
      }
      if (e.value.startsWith("/")) {
        ctx.warn("invalid-path", `${key}= path is absolute, ignoring: ${e.value}`, e.value, range);
        break;
      }
      const simple = simplifyPath(e.value);
      if (simple.split("/").includes("..") || simple === ".") {
        ctx.warn(
          "invalid-path",
          `${key}= path is not normalized, ignoring: ${simple}`,
          simple,
          range,
        );
        break;
      }
      if (i === 0 && (simple === "private" || simple.startsWith("private/"))) {
        ctx.warn(
          "invalid-path",
          `${key}= path can't be 'private', ignoring assignment: ${r.word.text}`,
          r.word.text,
          range,
        );
        break;
      }
    }
  }
};

/** Requires=, After= and the other dependency lists: each word must be a unit name. */
const dependencies: Validator = (ctx) => {
  const { words, errorAt } = splitWords(ctx.value, { retainEscape: true });
  if (errorAt !== null) {
    ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${ctx.value}`, ctx.value);
    return;
  }
  for (const w of words) {
    const e = expandSpecifiers(w.text, ctx.specifiers);
    const range = { start: w.start, end: w.end };
    if (!e.ok)
      ctx.warn(
        "unresolved-specifier",
        `Failed to resolve unit specifiers in '${w.text}', ignoring: Invalid slot`,
        e.specifier,
        range,
      );
    else if (!parseUnitName(e.value))
      ctx.warn(
        "invalid-dependency",
        `Failed to add dependency on ${e.value}, ignoring: Invalid argument`,
        e.value,
        range,
      );
  }
};

const MEMORY_KEYS = [
  "MemoryMin",
  "MemoryLow",
  "MemoryHigh",
  "MemoryMax",
  "MemorySwapMax",
  "MemoryLimit",
];

/** Validators by key (sections with a cgroup or execution context). */
export const VALIDATORS: ReadonlyMap<string, Validator> = new Map<string, Validator>([
  ...MEMORY_KEYS.map((k): [string, Validator] => [k, memoryLimit]),
  ["CPUQuota", cpuQuota],
  ["TasksMax", tasksMax],
  ["CPUWeight", weight(true)],
  ["StartupCPUWeight", weight(true)],
  ["IOWeight", weight(false)],
  ["StartupIOWeight", weight(false)],
  ["CPUShares", ranged("Invalid CPU shares", 2, 262144)],
  ["StartupCPUShares", ranged("Invalid CPU shares", 2, 262144)],
  ["BlockIOWeight", ranged("Invalid block IO weight", 10, 1000)],
  ["StartupBlockIOWeight", ranged("Invalid block IO weight", 10, 1000)],
  ...["ReadWritePaths", "ReadOnlyPaths", "InaccessiblePaths", "ExecPaths", "NoExecPaths"].map(
    (k): [string, Validator] => [k, namespacePaths],
  ),
  ...[
    "RuntimeDirectory",
    "StateDirectory",
    "CacheDirectory",
    "LogsDirectory",
    "ConfigurationDirectory",
  ].map((k): [string, Validator] => [k, execDirectories]),
]);

const KINDS = new Map<
  Release,
  { booleans: ReadonlySet<string>; dependencies: ReadonlySet<string> }
>();

/** A release's `KEY=BOOLEAN` items by section, and its dependency lists of [Unit] (`UNIT [...]`, except the deprecated spellings systemd rewrites). */
function kindsOf(release: Release) {
  let k = KINDS.get(release);
  if (!k) {
    const items = release.configItems;
    k = {
      booleans: new Set(
        Object.entries(items).flatMap(([section, keys]) =>
          Object.entries(keys)
            .filter(([key, kind]) => kind === "BOOLEAN" && key !== "OnFailureIsolate")
            .map(([key]) => `${section}.${key}`),
        ),
      ),
      dependencies: new Set(
        Object.entries(items.Unit ?? {})
          .filter(([key, kind]) => kind === "UNIT [...]" && !/Overridable$/.test(key))
          .map(([key]) => key),
      ),
    };
    KINDS.set(release, k);
  }
  return k;
}

/** A boolean-like key the release reads with a grammar of its own (PrivatePIDs=, PrivateBPF=). */
const byGrammar =
  (release: Release): Validator =>
  (ctx, key) => {
    const g = release.grammar(key);
    if (!grammarAccepts(g, ctx.value, parseBoolean(ctx.value) !== null))
      ctx.warn("invalid-enum", grammarRejection(g, key, ctx.value), ctx.value);
  };

/** The validator for a key systemd reads, if any (after the settings' own parsers). */
export function validatorFor(
  section: string,
  key: string,
  release: Release = releaseOf(),
): Validator | undefined {
  const v = VALIDATORS.get(key);
  if (v && section !== "Unit" && section !== "Install") return v;
  const kinds = kindsOf(release);
  if (section === "Unit" && kinds.dependencies.has(key)) return dependencies;
  if (release.grammar(key) && section !== "Unit" && section !== "Install")
    return byGrammar(release);
  return kinds.booleans.has(`${section}.${key}`) ? plainBoolean : undefined;
}
