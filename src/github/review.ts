/**
 * fix: suggest. One review per run with, for each unit the fix engine can improve, a
 * ```suggestion that adds the settings to the unit's [Service] section where that section has a
 * line inside a diff hunk (and, merged there, scores as well as the drop-in), or else a comment
 * with the whole drop-in file and how to apply it. Each comment carries a hidden marker, so a
 * re-run updates its earlier comments instead of adding new ones, and posts nothing when nothing
 * changed. Every line is checked against the diff before sending: one bad line makes GitHub
 * reject the whole review.
 */
import { createHash } from "node:crypto";
import { formatExposure, scoreUnit } from "../core/checks/score.js";
import { worseChecks, type Proposal } from "../core/fix/propose.js";
import { escapeInline, fenced } from "../core/format/markdown.js";
import { parseUnitFile } from "../core/syntax/parser.js";
import { loadUnit } from "../core/units/load.js";
import { MemoryTree, type UnitTree } from "../core/units/tree.js";
import type { GitHubApi, IssueComment, NewReviewComment, ReviewComment } from "./api.js";
import type { DiffIndex } from "./diff.js";

export const MARKER_PREFIX = "<!-- harden-units:dropin ";

export function marker(unitPath: string): string {
  return `${MARKER_PREFIX}${encodeURIComponent(unitPath)} -->`;
}

function markedUnit(body: string): string | null {
  const m = /<!-- harden-units:dropin (\S+) -->/.exec(body);
  return m ? decodeURIComponent(m[1]!) : null;
}

export interface Planned {
  readonly unitPath: string;
  /** A review comment (line or file level), or a comment in the conversation. */
  readonly kind: "suggestion" | "file" | "conversation";
  readonly comment: NewReviewComment | null;
  readonly body: string;
}

function howToApply(p: Proposal, unitName: string): string {
  return [
    "To apply it, any of:",
    "- set `fix: commit` on the harden-units step (it commits the drop-in to this branch), or comment `/harden-units fix` on this pull request;",
    `- run \`npx harden-units fix ${escapeInline(p.unitPath.replace(/\/[^/]*$/, "") || ".")}\` and commit ${"`"}${escapeInline(p.dropinPath)}${"`"};`,
    `- on a host: \`sudo systemctl edit ${escapeInline(unitName)}\`, paste the settings, save.`,
  ].join("\n");
}

function heldBackNote(p: Proposal): string {
  if (p.heldBack.length === 0) return "";
  return ["", "<details><summary>Held back</summary>", "", ...p.heldBack.map((h) => `- \`${escapeInline(h.key)}\`: ${escapeInline(h.reason)}`), "", "</details>"].join("\n");
}

/** The settings as lines to add to a unit file, with one comment line above them. */
function settingsBlock(p: Proposal): string[] {
  return [`# Hardening proposed by harden-units: exposure ${formatExposure(p.exposureWithout)} -> ${formatExposure(p.exposureAfter)}`, ...p.settings.map((l) => `${l.key}=${l.value}`)];
}

/**
 * A place in the unit file's [Service] section, inside a diff hunk, after which the settings can
 * be added and score as well as the drop-in would: the last line of the section first, then the
 * others from the bottom.
 */
function suggestionLine(tree: UnitTree, p: Proposal, diff: DiffIndex): { line: number; text: string; newText: string } | null {
  const bytes = tree.read(p.unitPath);
  if (bytes === undefined) return null;
  const file = parseUnitFile(p.unitPath, bytes);
  const lines = file.source.lines.map((l) => file.source.text.slice(l.start, l.end));
  const service = file.entries.filter((e) => (e.kind === "assignment" && e.section === "Service") || (e.kind === "section" && e.name === "Service"));
  const candidates = service.map((e) => (e.kind === "assignment" ? e.reportLine : e.firstLine)).sort((a, b) => b - a);
  for (const index of candidates) {
    const line = index + 1;
    if (!diff.accepts(p.unitPath, line)) continue;
    const original = lines[index]!;
    const added = settingsBlock(p);
    const newText = [...lines.slice(0, index + 1), ...added, ...lines.slice(index + 1)].join("\n") + "\n";
    if (!scoresAsDropin(tree, p, newText)) continue;
    return { line, text: original, newText };
  }
  return null;
}

/** The unit with the settings written into it scores exactly as with the drop-in, and no check gets worse. */
function scoresAsDropin(tree: UnitTree, p: Proposal, unitText: string): boolean {
  const files: [string, string | Uint8Array][] = [[p.unitPath, unitText]];
  const dir = p.unitPath.includes("/") ? p.unitPath.slice(0, p.unitPath.lastIndexOf("/")) : "";
  for (const name of tree.list(dir) ?? []) {
    const sub = dir === "" ? name : `${dir}/${name}`;
    for (const f of tree.list(sub) ?? []) {
      const full = `${sub}/${f}`;
      if (full === p.dropinPath) continue;
      const content = tree.read(full);
      if (content !== undefined) files.push([full, content]);
    }
  }
  const withSettings = loadUnit(new MemoryTree(files), p.unitPath);
  const without = loadUnit(new MemoryTree(files.map(([k, v]) => [k, k === p.unitPath ? tree.read(p.unitPath)! : v])), p.unitPath);
  if (!withSettings || !without || withSettings.refusal || without.refusal) return false;
  const after = scoreUnit(withSettings);
  return after.exposure === p.exposureAfter && worseChecks(scoreUnit(without), after).length === 0;
}

/** What to post for each proposal. */
export function planComments(tree: UnitTree, proposals: readonly { proposal: Proposal; unit: string }[], diff: DiffIndex): Planned[] {
  const planned: Planned[] = [];
  for (const { proposal: p, unit } of proposals) {
    const head = `${marker(p.unitPath)}\n**harden-units** can lower the exposure of \`${escapeInline(unit)}\` from ${formatExposure(p.exposureWithout)} to ${formatExposure(p.exposureAfter)}`;
    const at = suggestionLine(tree, p, diff);
    if (at) {
      const suggestion = fenced([at.text, ...settingsBlock(p)].join("\n"), "suggestion");
      const body = `${head} by adding these settings to its \`[Service]\` section (or, without touching the unit, with the drop-in \`${escapeInline(p.dropinPath)}\`):\n\n${suggestion}\n${heldBackNote(p)}`;
      planned.push({ unitPath: p.unitPath, kind: "suggestion", comment: { path: p.unitPath, line: at.line, side: "RIGHT", body }, body });
      continue;
    }
    const body = `${head} with this drop-in, \`${escapeInline(p.dropinPath)}\`:\n\n${fenced(p.content, "ini")}\n\n${howToApply(p, unit)}\n${heldBackNote(p)}`;
    const target = diff.has(p.unitPath) ? p.unitPath : diff.paths().find((f) => f.startsWith(`${p.unitPath}.d/`));
    if (target) planned.push({ unitPath: p.unitPath, kind: "file", comment: { path: target, subject_type: "file", body }, body });
    else planned.push({ unitPath: p.unitPath, kind: "conversation", comment: null, body });
  }
  return planned;
}

export interface ReviewOutcome {
  readonly created: number;
  readonly updated: number;
  readonly retired: number;
}

const isOurs = (c: { body: string; user: string }) => markedUnit(c.body) !== null && (c.user.endsWith("[bot]") || c.user === "");

const digest = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

/**
 * Posts the plan: new comments in one review, changed ones updated in place, ours for units that
 * need nothing any more edited to say so. Comments unchanged since the last run are left alone.
 */
export async function postReview(
  api: GitHubApi,
  pull: number,
  commitId: string,
  plan: readonly Planned[],
  resolvedUnits: ReadonlySet<string>,
): Promise<ReviewOutcome> {
  const existingReview: ReviewComment[] = (await api.listReviewComments(pull)).filter(isOurs);
  const existingIssue: IssueComment[] = (await api.listIssueComments(pull)).filter(isOurs);
  const toCreate: NewReviewComment[] = [];
  let updated = 0;
  let retired = 0;
  for (const p of plan) {
    const oldReview = existingReview.find((c) => markedUnit(c.body) === p.unitPath);
    const oldIssue = existingIssue.find((c) => markedUnit(c.body) === p.unitPath);
    const old = oldReview ?? oldIssue;
    if (old && digest(old.body) === digest(p.body)) continue;
    if (p.comment === null) {
      if (oldIssue) await api.updateIssueComment(oldIssue.id, p.body);
      else await api.createIssueComment(pull, p.body);
      if (oldIssue) updated++;
      continue;
    }
    // A review comment that is still at the same place is updated; one whose place changed is replaced.
    if (oldReview && oldReview.path === p.comment.path && (oldReview.line ?? null) === (p.comment.line ?? null)) {
      await api.updateReviewComment(oldReview.id, p.body);
      updated++;
      continue;
    }
    if (oldReview) {
      await api.deleteReviewComment(oldReview.id);
      retired++;
    }
    toCreate.push(p.comment);
  }
  for (const unit of resolvedUnits) {
    const note = `${marker(unit)}\n✅ **harden-units**: \`${escapeInline(unit)}\` needs no drop-in any more.`;
    for (const c of existingReview.filter((x) => markedUnit(x.body) === unit && x.body !== note)) {
      await api.updateReviewComment(c.id, note);
      retired++;
    }
    for (const c of existingIssue.filter((x) => markedUnit(x.body) === unit && x.body !== note)) {
      await api.updateIssueComment(c.id, note);
      retired++;
    }
  }
  if (toCreate.length > 0) {
    await api.createReview(pull, commitId, `**harden-units** proposes hardening for ${toCreate.length} unit${toCreate.length === 1 ? "" : "s"}.`, toCreate);
  }
  return { created: toCreate.length, updated, retired };
}
