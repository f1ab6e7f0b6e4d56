/** The JSON report of the contract (`scan --format json`, the action's `report` file). */
import type { CheckRow } from "../checks/score.js";
import { CHECKS, type CheckDefinition } from "../checks/table.js";
import { locate, type Finding } from "../findings.js";
import type { UnitReport } from "../scan.js";

/**
 * A unit's check in report version 2: the fields that vary per unit. What the check table fixes
 * (the weight, the range, the texts of a passing, failing or inapplicable check) is said once, in
 * the report's `checkTable`; a unit's entry carries `description`, `weight` or `range` only where
 * they differ from it (a text of systemd's own, a security policy's).
 */
export interface JsonCheck {
  id: string;
  name: string;
  exposure: number | null;
  set: boolean | null;
  line?: number;
  file?: string;
  badness: number | null;
  /** What systemd-analyze prints, when it is not checkTable's text for `set` (good, bad, na); null for an empty cell. */
  description?: string | null;
  /** When a security policy changed it. */
  weight?: number;
  /** When a security policy changed it. */
  range?: number;
  /** Excluded from the score by the policy or an inline suppression: the reason. */
  waived?: string;
}

/** What the check table says of one check, once per report. */
export interface JsonCheckInfo {
  name: string;
  weight: number;
  range: number;
  /** Printed when the check passes (set: true), unless the unit's entry has its own description. */
  good?: string;
  /** Printed when the check fails (set: false), unless the unit's entry has its own description. */
  bad?: string;
  /** Printed when the check does not apply (set: null), unless the unit's entry has its own description. */
  na?: string;
}

export interface JsonFinding {
  id: string;
  severity: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  suppressed?: string;
}

export interface JsonDropin {
  path: string;
  content: string;
  exposureAfter: number;
  /** The recommendations held back, with the reason. */
  heldBack: { key: string; reason: string }[];
}

export interface JsonUnit {
  path: string;
  unit: string;
  scored: boolean;
  exposure: number | null;
  level: string | null;
  refused?: string;
  /** What systemd-analyze prints without any policy, when waivers or a security policy changed the exposure. */
  systemdExposure?: number;
  baseExposure?: number;
  /** On 252: what `systemd-analyze security UNIT` prints on a live host, when it differs from `exposure`. */
  onlineExposure?: number;
  /** With several systemd releases listed: each one's exposure, by release (null where it refuses the unit). */
  exposures?: Record<string, number | null>;
  checks: JsonCheck[];
  findings: JsonFinding[];
  dropin?: JsonDropin;
}

/** The report's format version: 2 factors the check table out of the units' checks (see CHANGELOG). */
export const JSON_REPORT_VERSION = 2;

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  tool: { name: "harden-units"; version: string };
  /** Each check's name, weight, range and fixed texts, by id. */
  checkTable: Record<string, JsonCheckInfo>;
  units: JsonUnit[];
}

/** Extra data a scan may carry per unit path: the base branch's exposure. */
export interface UnitExtras {
  readonly baseExposure?: number | null;
}

/** 9.6 for 96: division by ten is correctly rounded, so this is the number "9.6" reads as. */
export const tenths = (x: number): number => x / 10;

/** The check table of the report, by id in systemd's internal order. */
export function checkTable(): Record<string, JsonCheckInfo> {
  const out: Record<string, JsonCheckInfo> = {};
  for (const c of CHECKS) {
    const info: JsonCheckInfo = { name: c.name, weight: c.weight, range: c.range };
    if (c.good !== undefined) info.good = c.good;
    if (c.bad !== undefined) info.bad = c.bad;
    if (c.na !== undefined) info.na = c.na;
    out[c.id] = info;
  }
  return out;
}

/** The text checkTable gives a check in the row's state (what a report without `description` means). */
function tableText(row: CheckRow): string | null {
  const c = row.check;
  return (row.set === true ? c.good : row.set === false ? c.bad : c.na) ?? null;
}

function jsonCheck(
  row: CheckRow,
  unitPath: string,
  waived: ReadonlyMap<string, string> | undefined,
): JsonCheck {
  const out: JsonCheck = {
    id: row.check.id,
    name: row.check.name,
    exposure: row.exposure === null ? null : tenths(row.exposure),
    set: row.set,
    badness: row.badness,
  };
  if (row.src) {
    out.line = row.src.file.lineIndex.position(row.src.assignment.span.start).line;
    if (row.src.file.path !== unitPath) out.file = row.src.file.path;
  }
  if (row.description !== tableText(row)) out.description = row.description;
  if (row.weight !== row.check.weight) out.weight = row.weight;
  if (row.range !== row.check.range) out.range = row.range;
  const reason = waived?.get(row.check.id);
  if (reason !== undefined) out.waived = reason;
  return out;
}

export function jsonFinding(f: Finding): JsonFinding {
  const at = locate(f);
  const out: JsonFinding = {
    id: f.id,
    severity: f.severity,
    path: f.path,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    message: f.message,
  };
  return f.suppressed !== undefined ? { ...out, suppressed: f.suppressed } : out;
}

export function jsonUnit(r: UnitReport, extras: UnitExtras = {}): JsonUnit {
  return unitFields(
    r,
    extras,
    r.score ? r.score.rows.map((row) => jsonCheck(row, r.path, r.waivedChecks)) : [],
  );
}

function unitFields(r: UnitReport, extras: UnitExtras, checks: JsonCheck[]): JsonUnit {
  const out: JsonUnit = {
    path: r.path,
    unit: r.unit,
    scored: r.score !== null,
    exposure: r.score ? tenths(r.score.exposure) : null,
    level: r.score?.level ?? null,
    checks,
    findings: r.findings.map(jsonFinding),
  };
  if (r.refusal) out.refused = r.refusal;
  if (r.onlineExposure !== undefined) out.onlineExposure = tenths(r.onlineExposure);
  if (r.scores)
    out.exposures = Object.fromEntries(
      r.scores.map((s) => [String(s.release), s.score ? tenths(s.score.exposure) : null]),
    );
  if (r.plainScore && r.score && r.plainScore.exposure !== r.score.exposure)
    out.systemdExposure = tenths(r.plainScore.exposure);
  if (extras.baseExposure !== undefined && extras.baseExposure !== null)
    out.baseExposure = tenths(extras.baseExposure);
  if (
    r.fix &&
    "proposal" in r.fix &&
    r.fix.proposal.changed &&
    r.fix.proposal.exposureAfter < r.fix.proposal.exposureBefore
  ) {
    const p = r.fix.proposal;
    out.dropin = {
      path: p.dropinPath,
      content: p.content,
      exposureAfter: tenths(p.exposureAfter),
      heldBack: p.heldBack.map((h) => ({ ...h })),
    };
  }
  return out;
}

export function jsonReport(
  units: readonly UnitReport[],
  version: string,
  extras: ReadonlyMap<string, UnitExtras> = new Map(),
): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: "harden-units", version },
    checkTable: checkTable(),
    units: units.map((u) => jsonUnit(u, extras.get(u.path))),
  };
}

/**
 * The report written a unit at a time (the CLI streams it): its head up to the units' opening
 * bracket, each unit's text (with a comma between two), and its tail.
 */
export function jsonReportHead(version: string): string {
  return `{"version":${JSON_REPORT_VERSION},"tool":${JSON.stringify({ name: "harden-units", version })},"checkTable":${JSON.stringify(checkTable())},"units":[`;
}

/**
 * JSON.stringify(jsonUnit(r)), with characters beyond ASCII written as \\u escapes (the same JSON
 * value), built without the check objects: a unit's checks are most of the report, and their
 * fixed parts (id and name) are written once per check into a table of prefixes. A text that stays
 * ASCII is encoded and copied at a fraction of the cost of one with a single `…` in it.
 */
export function jsonReportUnit(r: UnitReport): string {
  const text = ascii(JSON.stringify(unitFields(r, {}, [])));
  if (!r.score) return text;
  const rows = r.score.rows;
  let checks = "";
  for (let i = 0; i < rows.length; i++)
    checks += (i === 0 ? "" : ",") + checkText(rows[i]!, r.path, r.waivedChecks);
  // The key with its empty list: a quote after a comma cannot be inside a string.
  const at = text.indexOf(CHECKS_KEY) + CHECKS_KEY.length - 1;
  return text.slice(0, at) + checks + text.slice(at);
}
const CHECKS_KEY = ',"checks":[]';

const NON_ASCII = /[\u0080-\uffff]/g;
const LATIN1 = new TextDecoder("latin1");
const UTF8 = new TextEncoder();
/**
 * JSON text with every character beyond ASCII as a \\u escape, held one byte a character. V8
 * keeps what replace() makes of a text with a character beyond Latin-1 in two bytes a character,
 * all ASCII as it is; a report with one such piece in it (the check name
 * `RestrictAddressFamilies=~…`) is then two-byte as a whole, and encoding it for output cost more
 * than building it. Decoding the escaped text's bytes makes it one-byte again.
 */
function ascii(json: string): string {
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(json)) return json;
  const escaped = json.replace(
    NON_ASCII,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return LATIN1.decode(UTF8.encode(escaped));
}
const str = (s: string): string => ascii(JSON.stringify(s));

/**
 * A check's text up to its badness (`{"id":…,"name":…,"exposure":…,"set":…,"badness":…`) by its
 * state, made once: a check takes few states across units, so most rows cost a lookup.
 */
const CHECK_HEADS = new Map<CheckDefinition, Map<number, string>>();
/** States remembered per check: exposure and badness are small integers, unless a policy says otherwise. */
const MAX_HEADS = 1024;

function checkHead(row: CheckRow): string {
  const { exposure, badness, set } = row;
  if ((exposure !== null && exposure > 1000) || (badness !== null && badness > 1000))
    return headText(row);
  const state =
    (((exposure ?? -1) + 1) * 1024 + (badness ?? -1) + 1) * 3 + (set === null ? 2 : +set);
  let heads = CHECK_HEADS.get(row.check);
  if (!heads) CHECK_HEADS.set(row.check, (heads = new Map()));
  let text = heads.get(state);
  if (text === undefined) {
    text = headText(row);
    if (heads.size < MAX_HEADS) heads.set(state, text);
  }
  return text;
}

const headText = ({ check, exposure, set, badness }: CheckRow): string =>
  `{"id":${str(check.id)},"name":${str(check.name)},"exposure":${exposure === null ? "null" : tenths(exposure)},"set":${set},"badness":${badness}`;

/** `,"description":…` by text (systemd's own texts: a bounded set, bar a policy's), made once. */
const DESCRIPTIONS = new Map<string, string>();
const MAX_DESCRIPTIONS = 4096;

function descriptionText(description: string | null): string {
  if (description === null) return ',"description":null';
  let text = DESCRIPTIONS.get(description);
  if (text === undefined) {
    text = `,"description":${str(description)}`;
    if (DESCRIPTIONS.size < MAX_DESCRIPTIONS) DESCRIPTIONS.set(description, text);
  }
  return text;
}

/** The JSON text of jsonCheck(row, ...). */
function checkText(
  row: CheckRow,
  unitPath: string,
  waived: ReadonlyMap<string, string> | undefined,
): string {
  let out = checkHead(row);
  if (row.src) {
    out += `,"line":${row.src.file.lineIndex.position(row.src.assignment.span.start).line}`;
    if (row.src.file.path !== unitPath) out += `,"file":${str(row.src.file.path)}`;
  }
  if (row.description !== tableText(row)) out += descriptionText(row.description);
  if (row.weight !== row.check.weight) out += `,"weight":${row.weight}`;
  if (row.range !== row.check.range) out += `,"range":${row.range}`;
  const reason = waived?.get(row.check.id);
  if (reason !== undefined) out += `,"waived":${str(reason)}`;
  return `${out}}`;
}

export const JSON_REPORT_TAIL = "]}\n";
