/** Test helpers: load and score units held in memory. */
import { scoreUnit, type CheckRow, type Score } from "../../src/core/checks/score.js";
import { loadUnit, type LoadedUnit } from "../../src/core/units/load.js";
import { MemoryTree } from "../../src/core/units/tree.js";

export function load(files: Record<string, string | Uint8Array>, unit?: string): LoadedUnit {
  const path = unit ?? Object.keys(files).find((p) => !p.includes("/"))!;
  const loaded = loadUnit(new MemoryTree(Object.entries(files)), path);
  if (!loaded) throw new Error(`no unit at ${path}`);
  return loaded;
}

/** Scores `[Service]\nExecStart=/bin/true\n` + body (or full files). */
export function score(body: string | Record<string, string>, unit = "test.service"): Score {
  const files =
    typeof body === "string" ? { [unit]: `[Service]\nExecStart=/bin/true\n${body}\n` } : body;
  const loaded = load(files, unit);
  if (loaded.refusal) throw new Error(`refused: ${loaded.refusal}`);
  return scoreUnit(loaded);
}

export function row(s: Score, id: string): CheckRow {
  const r = s.rows.find((x) => x.check.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

export function badness(body: string, id: string): number | null {
  return row(score(body), id).badness;
}
