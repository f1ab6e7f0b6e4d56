/**
 * "Did you mean": nearest() skips candidates whose length alone puts them beyond the limit; its
 * answer must be the one a full search gives.
 */
import { expect, test } from "vitest";
import { CONFIG_ITEMS } from "../../src/core/data/systemd252.js";
import { editDistance, nearest } from "../../src/core/lint/warnings.js";
import { Rng } from "../helpers/generate.js";

/** The closest candidate by a full search (the first of the closest), if close enough. */
function fullSearch(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.toLowerCase() === word.toLowerCase()) return c;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(word.length / 4))) ? best : null;
}

const KEYS = Object.keys(CONFIG_ITEMS["Service"]!);

/** A key with a few random edits (insertions, deletions, substitutions, case changes). */
function typo(rng: Rng, key: string): string {
  let w = key;
  for (let n = rng.int(5); n > 0; n--) {
    const at = rng.int(w.length + 1);
    const ch = rng.pick([..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"]);
    const edit = rng.int(4);
    if (edit === 0) w = w.slice(0, at) + ch + w.slice(at);
    else if (edit === 1) w = w.slice(0, at) + w.slice(at + 1);
    else if (edit === 2) w = w.slice(0, at) + ch + w.slice(at + 1);
    else w = w.toLowerCase();
  }
  return w;
}

test("nearest gives what a full search gives, for 1,000 misspelt keys", () => {
  const rng = new Rng(2026);
  let found = 0;
  for (let i = 0; i < 1000; i++) {
    const word = typo(rng, rng.pick(KEYS));
    const answer = nearest(word, KEYS);
    expect(answer).toBe(fullSearch(word, KEYS));
    if (answer !== null) found++;
  }
  expect(found).toBeGreaterThan(250);
});

test("nearest: known answers", () => {
  expect(nearest("ProtectSytem", KEYS)).toBe("ProtectSystem");
  expect(nearest("privatetmp", KEYS)).toBe("PrivateTmp");
  expect(nearest("NoNewPrivilege", KEYS)).toBe("NoNewPrivileges");
  expect(nearest("Completely-Unrelated-Words", KEYS)).toBeNull();
});
