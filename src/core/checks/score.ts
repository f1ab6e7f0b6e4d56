/**
 * The overall exposure, as systemd 252 computes it: integer arithmetic only,
 * exposure = ceil(100 · Σ ceil(b·w/r) / Σ w) over the checks that apply, printed with one
 * decimal; each row's own exposure rounded up separately; rows in the order systemd prints them.
 */
import type { Release } from "../release.js";
import type { LoadedUnit } from "../units/load.js";
import type { Located } from "../units/settings.js";
import { assessCheck, runsPrivileged } from "./assess.js";
import { CHECKS, type CheckDefinition } from "./table.js";

export type Level = "PERFECT" | "SAFE" | "OK" | "MEDIUM" | "EXPOSED" | "UNSAFE" | "DANGEROUS";

/** systemd-analyze's --security-policy entry for one check (by json_field). */
export interface PolicyOverride {
  readonly weight?: number;
  readonly range?: number;
  readonly description_good?: string;
  readonly description_bad?: string;
  readonly description_na?: string;
}

export type SecurityPolicy = ReadonlyMap<string, PolicyOverride>;

export interface CheckRow {
  readonly check: CheckDefinition;
  readonly weight: number;
  readonly range: number;
  /** 0..range, or null when the check does not apply. */
  readonly badness: number | null;
  /** As systemd prints it; null for an empty cell. */
  readonly description: string | null;
  /** The row's exposure in tenths (3 = "0.3"); null when systemd prints none. */
  readonly exposure: number | null;
  /** As in systemd-analyze's JSON: true when badness is 0, false when above, null when N/A. */
  readonly set: boolean | null;
  readonly src: Located | undefined;
}

export interface Score {
  /** 0..100, in tenths: 96 is printed "9.6". */
  readonly exposure: number;
  readonly level: Level;
  readonly badnessSum: number;
  readonly weightSum: number;
  /** In systemd-analyze's printed order. */
  readonly rows: readonly CheckRow[];
}

const LEVELS: readonly (readonly [number, Level])[] = [
  [100, "DANGEROUS"],
  [90, "UNSAFE"],
  [75, "EXPOSED"],
  [50, "MEDIUM"],
  [10, "OK"],
  [1, "SAFE"],
  [0, "PERFECT"],
];

export function levelOf(exposure: number): Level {
  return LEVELS.find(([threshold]) => exposure >= threshold)![1];
}

/** "9.6" for 96. */
export function formatExposure(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

const ceilDiv = (a: number, b: number): number => Math.floor((a + b - 1) / b);

export class PolicyError extends Error {}

/** One check of a unit as the policy weighs it: its badness, weight, range and printed text. */
interface Weighed {
  readonly badness: number | null;
  readonly weight: number;
  readonly range: number;
  readonly description: string | null;
  readonly src: Located | undefined;
}

/** A check assessed with the policy's weight, range and texts (`special`: the unit runs without default dependencies). */
function weigh(
  check: CheckDefinition,
  unit: LoadedUnit,
  policy: SecurityPolicy | undefined,
  special: boolean,
): Weighed {
  const override = policy?.get(check.id);
  const weight = override?.weight ?? check.weight;
  const range = override?.range ?? check.range;
  let badness: number | null;
  let own: string | null;
  let src: Located | undefined;
  if (check.defaultDependenciesOnly && special) {
    badness = null;
    own = "Service runs in special boot phase, option is not appropriate";
    src = unit.settings.defaultDependencies.src;
  } else if (weight === 0) {
    badness = null;
    own = "Option excluded by policy, skipping";
  } else {
    const r = assessCheck(check, unit);
    badness = r.badness;
    own = r.description;
    src = r.src;
  }
  if (badness !== null && (range === 0 || badness > range))
    throw new PolicyError(
      `the policy gives ${check.id} range ${range}, below its badness ${badness}`,
    );
  let description: string | null;
  if (own !== null) description = own;
  else if (badness === null) description = override?.description_na ?? check.na ?? null;
  else if (badness === check.range) description = override?.description_bad ?? check.bad ?? null;
  else if (badness === 0) description = override?.description_good ?? check.good ?? null;
  else description = null;
  return { badness, weight, range, description, src };
}

/** What a check adds to the badness sum. */
const contribution = (w: { badness: number | null; weight: number; range: number }): number =>
  w.badness === null ? 0 : ceilDiv(w.badness * w.weight, w.range);

/** Every check assessed in CHECKS order, with the policy's weights and texts, and the two sums. */
function assessAll(unit: LoadedUnit, policy: SecurityPolicy | undefined) {
  const special = !unit.settings.defaultDependencies.value;
  let badnessSum = 0;
  let weightSum = 0;
  const weighed: Weighed[] = new Array(CHECKS.length);
  for (let i = 0; i < CHECKS.length; i++) {
    const w = weigh(CHECKS[i]!, unit, policy, special);
    if (w.badness !== null) {
      badnessSum += contribution(w);
      weightSum += w.weight;
    }
    weighed[i] = w;
  }
  if (weightSum === 0) throw new PolicyError("the policy excludes every check");
  return { weighed, badnessSum, weightSum };
}

export function scoreUnit(unit: LoadedUnit, policy?: SecurityPolicy): Score {
  const { weighed, badnessSum, weightSum } = assessAll(unit, policy);
  const rows: CheckRow[] = new Array(CHECKS.length);
  for (let i = 0; i < CHECKS.length; i++) {
    const { badness, weight, range, description, src } = weighed[i]!;
    rows[i] = {
      check: CHECKS[i]!,
      weight,
      range,
      badness,
      description,
      exposure:
        badness === null || badness === 0
          ? null
          : ceilDiv(ceilDiv(100 * badness * weight, range), weightSum),
      set: badness === null ? null : badness === 0,
      src,
    };
  }
  const exposure = exposureFrom(badnessSum, weightSum);
  return {
    exposure,
    level: levelOf(exposure),
    badnessSum,
    weightSum,
    rows: printOrder(rows, unit.release.emptyDescriptions === "first"),
  };
}

/** The overall exposure (tenths) for the two sums. */
const exposureFrom = (badnessSum: number, weightSum: number): number =>
  ceilDiv(100 * badnessSum, weightSum);

/**
 * The overall exposure (tenths) of a scored unit as a variant of its release scores it, one that
 * differs from it only in how some checks are assessed (the online 252 of onlineVariant): only
 * those checks are assessed again.
 */
export function variantExposure(
  score: Score,
  unit: LoadedUnit,
  variant: Release,
  policy?: SecurityPolicy,
): number {
  const special = !unit.settings.defaultDependencies.value;
  const asVariant = { ...unit, release: variant };
  let { badnessSum, weightSum } = score;
  for (const row of score.rows) {
    if (variant.assessment(row.check.id) === unit.release.assessment(row.check.id)) continue;
    const w = weigh(row.check, asVariant, policy, special);
    badnessSum += contribution(w) - contribution(row);
    weightSum += (w.badness === null ? 0 : w.weight) - (row.badness === null ? 0 : row.weight);
  }
  if (weightSum === 0) throw new PolicyError("the policy excludes every check");
  return exposureFrom(badnessSum, weightSum);
}

/**
 * The overall exposure (tenths) and each check's badness in CHECKS order (null: does not
 * apply), as scoreUnit computes them without a policy, but without building the printed rows:
 * for the fix engine's trials, which only compare.
 */
export function exposureOf(unit: LoadedUnit): {
  readonly exposure: number;
  readonly badness: readonly (number | null)[];
} {
  const { weighed, badnessSum, weightSum } = assessAll(unit, undefined);
  return { exposure: exposureFrom(badnessSum, weightSum), badness: weighed.map((w) => w.badness) };
}

/** The check does not apply because the service runs as root (for callers explaining N/A rows). */
export function notApplicableBecauseRoot(unit: LoadedUnit): boolean {
  return runsPrivileged(unit.settings);
}

/**
 * systemd sorts the table with glibc 2.36's qsort (a merge sort) by DESCRIPTION descending, then
 * NAME, then original order. An empty description compares with a text one by original order
 * (format-table.c), which is not a consistent order, so the result depends on the exact merge
 * sort; this is that merge sort (msort_with_tmp), step by step, on row indices. The header row
 * takes part in the sort (it always compares first), so it sits at index 0 here too.
 */
function printOrder(rows: readonly CheckRow[], emptyFirst: boolean): CheckRow[] {
  // The order depends only on the descriptions (names and positions are fixed), and units share
  // few distinct tuples of them: remember the order for each tuple. Descriptions come from a
  // bounded set (the table, systemd's fixed texts, policy overrides); the bounds only guard
  // against a policy that invents endless texts.
  if (DESCRIPTION_IDS.size + rows.length > MAX_DESCRIPTIONS) {
    DESCRIPTION_IDS.clear();
    ORDERS.clear();
  }
  const ids = new Int32Array(rows.length);
  let hash = emptyFirst ? 0x2f1c9dc5 : 0x811c9dc5;
  for (let i = 0; i < rows.length; i++) {
    ids[i] = internDescription(rows[i]!.description);
    hash = Math.imul(hash ^ ids[i]!, 0x01000193);
  }
  const bucket = ORDERS.get(hash) ?? [];
  let order = bucket.find(
    (b) => b.emptyFirst === emptyFirst && b.ids.every((id, i) => id === ids[i]),
  )?.order;
  if (!order) {
    order = msortOrder(rows, emptyFirst);
    if (ORDERS.size >= MAX_ORDERS) ORDERS.clear();
    ORDERS.set(hash, [...bucket, { ids, order, emptyFirst }]);
  }
  const out: CheckRow[] = new Array(rows.length);
  for (let k = 0; k < order.length; k++) out[k] = rows[order[k]!]!;
  return out;
}

const DESCRIPTION_IDS = new Map<string | null, number>();
/** Print orders by a hash of the description ids (with the ids, against collisions). */
const ORDERS = new Map<
  number,
  { readonly ids: Int32Array; readonly order: readonly number[]; readonly emptyFirst: boolean }[]
>();
const MAX_ORDERS = 4096;
const MAX_DESCRIPTIONS = 65536;

function internDescription(d: string | null): number {
  let id = DESCRIPTION_IDS.get(d);
  if (id === undefined) {
    id = DESCRIPTION_IDS.size;
    DESCRIPTION_IDS.set(d, id);
  }
  return id;
}

/** The print order as indices into `rows`. */
function msortOrder(rows: readonly CheckRow[], emptyFirst: boolean): number[] {
  const n = rows.length + 1;
  // Item k is the header for k = 0, else row k - 1.
  const compare = (a: number, b: number): number => {
    if (a === 0) return b === 0 ? 0 : -1;
    if (b === 0) return 1;
    const ra = rows[a - 1]!;
    const rb = rows[b - 1]!;
    const da = ra.description;
    const db = rb.description;
    // From 262 a row without a description sorts before every described one (the release's trait).
    const r =
      da !== null && db !== null
        ? da < db
          ? -1
          : da > db
            ? 1
            : 0
        : emptyFirst && (da === null) !== (db === null)
          ? da === null
            ? 1
            : -1
          : a - b;
    if (r !== 0) return -r;
    const na = ra.check.name;
    const nb = rb.check.name;
    return na < nb ? -1 : na > nb ? 1 : a - b;
  };
  const items = Array.from({ length: n }, (_, k) => k);
  const tmp = new Array<number>(n);
  const sort = (lo: number, count: number): void => {
    if (count <= 1) return;
    const n1 = count >> 1;
    const n2 = count - n1;
    sort(lo, n1);
    sort(lo + n1, n2);
    let i = lo;
    let j = lo + n1;
    const iEnd = lo + n1;
    const jEnd = lo + count;
    let k = 0;
    while (i < iEnd && j < jEnd)
      tmp[k++] = compare(items[i]!, items[j]!) <= 0 ? items[i++]! : items[j++]!;
    while (i < iEnd) tmp[k++] = items[i++]!;
    for (let m = 0; m < k; m++) items[lo + m] = tmp[m]!;
  };
  sort(0, n);
  return items.slice(1).map((k) => k - 1);
}
