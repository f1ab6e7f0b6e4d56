/**
 * fix: suggest. For each unit the fix engine can improve: where the unit's [Service] section has
 * a line inside a diff hunk (and the settings, merged there, score as well as the drop-in), a
 * ```suggestion that adds the settings after that line; all of these go in one review per run.
 * Otherwise a comment with the whole drop-in file and how to apply it, on the unit's file (GitHub
 * takes file comments only one at a time: its reviews endpoint has no subject_type), or in the
 * conversation when no file of the unit is in the diff; beyond a few such comments per run, the rest
 * share one conversation comment. Each comment carries a hidden marker, so a
 * re-run updates, resolves or replaces its earlier comments instead of adding new ones, and posts
 * nothing when nothing changed. Every line is checked against the diff before sending: one bad
 * line makes GitHub reject the whole review.
 */
import { formatExposure, scoreUnit } from "../core/checks/score.js";
import { worseChecks, type Proposal } from "../core/fix/propose.js";
import { escapeInline, fenced } from "../core/format/markdown.js";
import { parseUnitFile } from "../core/syntax/parser.js";
import { loadUnit } from "../core/units/load.js";
import { OverlayTree, type UnitTree } from "../core/units/tree.js";
import {
  describeError,
  httpStatus,
  type GitHubApi,
  type IssueComment,
  type NewReviewComment,
  type ReviewComment,
} from "./api.js";
import type { DiffIndex } from "./diff.js";

export const MARKER_PREFIX = "<!-- harden-units:dropin ";

export function marker(unitPath: string): string {
  return `${MARKER_PREFIX}${encodeURIComponent(unitPath)} -->`;
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The unit of one of our comments (the marker opens it), or null. */
function markedUnit(body: string): string | null {
  const m = /^<!-- harden-units:dropin (\S+) -->/.exec(body);
  return m ? decodeURIComponentSafe(m[1]!) : null;
}

export interface Planned {
  readonly unitPath: string;
  /**
   * suggestion: a line comment in the run's one review; file: a comment on a whole file of the
   * diff (GitHub only makes these one at a time, each its own review); conversation: a comment on
   * the pull request, for a unit with no file in the diff.
   */
  readonly kind: "suggestion" | "file" | "conversation";
  /** The file of the diff the comment is on (null in the conversation). */
  readonly path: string | null;
  /** The head-side line of a suggestion, checked to be inside a hunk (null otherwise). */
  readonly line: number | null;
  readonly body: string;
  /** The drop-in comment, for the conversation when GitHub refuses the comment's place. */
  readonly fallback: string;
}

/** Text as a Markdown code span: shown as it is (no backslash escapes there), never closed early by a backtick in it. */
export function codeSpan(text: string): string {
  const one = text.replace(/[\r\n]+/g, " ");
  const fence = "`".repeat(Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
  return `${fence}${pad}${one}${pad}${fence}`;
}

function howToApply(p: Proposal, unitName: string): string {
  return [
    "To apply it, any of:",
    "- set `fix: commit` on the harden-units step (it commits the drop-in to this branch), or comment `/harden-units fix` on this pull request;",
    `- run ${codeSpan(`npx harden-units fix ${shellWord(p.unitPath.replace(/\/[^/]*$/, "") || ".")}`)} and commit ${codeSpan(p.dropinPath)};`,
    `- on a host: ${codeSpan(`sudo systemctl edit ${shellWord(unitName)}`)}, paste the settings, save.`,
  ].join("\n");
}

/** A word for a POSIX shell: as it is when it is plain, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function heldBackNote(p: Proposal): string {
  if (p.heldBack.length === 0) return "";
  return [
    "",
    "<details><summary>Held back</summary>",
    "",
    ...p.heldBack.map((h) => `- ${codeSpan(h.key)}: ${escapeInline(h.reason)}`),
    "",
    "</details>",
  ].join("\n");
}

/** The settings as lines to add to a unit file, with one comment line above them. */
function settingsBlock(p: Proposal): string[] {
  return [
    `# Hardening proposed by harden-units: exposure ${formatExposure(p.exposureBefore)} -> ${formatExposure(p.exposureAfter)}`,
    ...p.settings.map((l) => `${l.key}=${l.value}`),
  ];
}

/**
 * A place in the unit file's [Service] section, inside a diff hunk, after which the settings can
 * be added and score as well as the drop-in would: the last line of the section first, then the
 * others from the bottom.
 */
function suggestionLine(
  tree: UnitTree,
  p: Proposal,
  diff: DiffIndex,
): { path: string; line: number; text: string; newText: string } | null {
  const inUnit = serviceLineIn(tree, p, p.unitPath, diff);
  if (inUnit) return inUnit;
  // No line of the unit file's [Service] in the diff: the pull request's own drop-in of the unit, when its [Service] is.
  for (const path of diff
    .paths()
    .filter((f) => f.startsWith(`${p.unitPath}.d/`) && f.endsWith(".conf") && f !== p.dropinPath)
    .sort()) {
    const at = serviceLineIn(tree, p, path, diff);
    if (at) return at;
  }
  return null;
}

/** A line of `path`'s [Service] section inside a hunk, after which the settings score as the drop-in would. */
function serviceLineIn(
  tree: UnitTree,
  p: Proposal,
  path: string,
  diff: DiffIndex,
): { path: string; line: number; text: string; newText: string } | null {
  const bytes = tree.read(path);
  if (bytes === undefined) return null;
  const file = parseUnitFile(path, bytes);
  const lines = file.source.lines.map((l) => file.source.text.slice(l.start, l.end));
  const service = file.entries.filter(
    (e) =>
      (e.kind === "assignment" && e.section === "Service") ||
      (e.kind === "section" && e.name === "Service"),
  );
  const candidates = service
    .map((e) => (e.kind === "assignment" ? e.reportLine : e.firstLine))
    .sort((a, b) => b - a);
  for (const index of candidates) {
    const line = index + 1;
    if (!diff.accepts(path, line)) continue;
    const original = lines[index]!;
    const added = settingsBlock(p);
    const newText =
      [...lines.slice(0, index + 1), ...added, ...lines.slice(index + 1)].join("\n") + "\n";
    if (!scoresAsDropin(tree, p, path, newText)) continue;
    return { path, line, text: original, newText };
  }
  return null;
}

/** The unit with the settings written into `path` (the unit file or a drop-in of it) scores exactly as with the drop-in, and no check gets worse. */
function scoresAsDropin(tree: UnitTree, p: Proposal, path: string, text: string): boolean {
  // Both without any drop-in of ours: the suggestion takes its place.
  const withSettings = loadUnit(
    new OverlayTree(
      tree,
      new Map([
        [path, text],
        [p.dropinPath, null],
      ]),
    ),
    p.unitPath,
  );
  const without = loadUnit(new OverlayTree(tree, new Map([[p.dropinPath, null]])), p.unitPath);
  if (!withSettings || !without || withSettings.refusal || without.refusal) return false;
  const after = scoreUnit(withSettings);
  return after.exposure === p.exposureAfter && worseChecks(scoreUnit(without), after).length === 0;
}

/** What to post for each proposal. */
export function planComments(
  tree: UnitTree,
  proposals: readonly { proposal: Proposal; unit: string }[],
  diff: DiffIndex,
): Planned[] {
  const planned: Planned[] = [];
  for (const { proposal: p, unit } of proposals) {
    const head = `${marker(p.unitPath)}\n**harden-units** can lower the exposure of ${codeSpan(unit)} from ${formatExposure(p.exposureBefore)} to ${formatExposure(p.exposureAfter)}`;
    const fallback = `${head} with this drop-in, ${codeSpan(p.dropinPath)}:\n\n${fenced(p.content, "ini")}\n\n${howToApply(p, unit)}\n${heldBackNote(p)}`;
    const at = suggestionLine(tree, p, diff);
    if (at) {
      const suggestion = fenced([at.text, ...settingsBlock(p)].join("\n"), "suggestion");
      const into =
        at.path === p.unitPath
          ? "its `[Service]` section"
          : `the \`[Service]\` section of this pull request's drop-in ${codeSpan(at.path)}`;
      const body = `${head} by adding these settings to ${into} (or${at.path === p.unitPath ? ", without touching the unit," : ""} with the drop-in ${codeSpan(p.dropinPath)}):\n\n${suggestion}\n${heldBackNote(p)}`;
      planned.push({
        unitPath: p.unitPath,
        kind: "suggestion",
        path: at.path,
        line: at.line,
        body,
        fallback,
      });
      continue;
    }
    const target = diff.has(p.unitPath)
      ? p.unitPath
      : diff.paths().find((f) => f.startsWith(`${p.unitPath}.d/`));
    planned.push({
      unitPath: p.unitPath,
      kind: target ? "file" : "conversation",
      path: target ?? null,
      line: null,
      body: fallback,
      fallback,
    });
  }
  return planned;
}

/** New comments of their own per run (file or conversation); the rest share one comment. */
export const MAX_SEPARATE_COMMENTS = 5;

/** The marker of the one conversation comment that holds the drop-ins beyond the budget. */
export const GROUP_MARKER = "<!-- harden-units:dropins -->";

/** GitHub's limit on a comment's body. */
const MAX_BODY = 65536;

/** Written by a bot account (an app's token), or by an author GitHub does not name. */
const byBot = (c: { user: string }) => c.user.endsWith("[bot]") || c.user === "";

function existingGroup(comments: readonly IssueComment[]): IssueComment | undefined {
  return comments.find((c) => c.body.startsWith(GROUP_MARKER) && byBot(c));
}

/** One comment with several units' drop-ins, each folded; cut short (saying so) at GitHub's limit. */
function groupBody(planned: readonly Planned[]): string {
  const head = `${GROUP_MARKER}\n**harden-units** can lower the exposure of ${planned.length} more unit${planned.length === 1 ? "" : "s"} with drop-ins:\n`;
  const parts: string[] = [];
  let size = head.length;
  for (const [i, p] of planned.entries()) {
    const part = `\n<!-- harden-units:grouped ${encodeURIComponent(p.unitPath)} -->\n<details><summary>${codeSpan(p.unitPath)}</summary>\n\n${p.fallback.replace(/^<!--[^\n]*-->\n/, "")}\n</details>\n`;
    const rest = planned.length - i;
    const tail = `\n…and ${rest} more: run \`harden-units fix\` in the repository, or use \`fix: commit\`.\n`;
    if (size + part.length + tail.length > MAX_BODY - 100) {
      parts.push(tail);
      break;
    }
    parts.push(part);
    size += part.length;
  }
  return head + parts.join("");
}

export interface ReviewOutcome {
  readonly created: number;
  readonly updated: number;
  readonly retired: number;
  /** Why GitHub refused some comments' places (a 422), whose drop-ins went to the conversation instead; null when it refused none. */
  readonly refused: string | null;
}

const isOurs = (c: { body: string; user: string }) => markedUnit(c.body) !== null && byBot(c);

type Existing =
  | { readonly kind: "review"; readonly c: ReviewComment }
  | { readonly kind: "issue"; readonly c: IssueComment };

/** Whether an earlier comment sits where the planned one goes (then it is updated rather than replaced). */
function samePlace(e: Existing, p: Planned): boolean {
  if (p.kind === "conversation") return e.kind === "issue";
  return (
    e.kind === "review" &&
    e.c.path === p.path &&
    e.c.file === (p.kind === "file") &&
    (p.kind === "file" || e.c.line === p.line)
  );
}

/**
 * Posts the plan: the suggestions in one review, file comments one by one (GitHub's reviews
 * endpoint takes none), the rest in the conversation; past MAX_SEPARATE_COMMENTS new comments,
 * the remaining drop-ins share one conversation comment (rewritten each run, removed when empty). An earlier comment of ours at the same place
 * is updated (and left alone when unchanged), one elsewhere is replaced (removed once the new one
 * is posted), and ours for units that need nothing any more are edited to say so. A place GitHub
 * refuses (422: the pull request changed during the run) sends that drop-in to the conversation.
 */
export async function postReview(
  api: GitHubApi,
  pull: number,
  commitId: string,
  plan: readonly Planned[],
  resolvedUnits: ReadonlySet<string>,
): Promise<ReviewOutcome> {
  const existingReview = await api.listReviewComments(pull);
  const existingIssue = await api.listIssueComments(pull);
  const existing: Existing[] = [
    ...existingReview.filter(isOurs).map((c) => ({ kind: "review" as const, c })),
    ...existingIssue.filter(isOurs).map((c) => ({ kind: "issue" as const, c })),
  ];
  const kept = new Set<Existing>();
  const update = async (e: Existing, body: string): Promise<number> => {
    kept.add(e);
    if (e.c.body === body) return 0;
    if (e.kind === "review") await api.updateReviewComment(e.c.id, body);
    else await api.updateIssueComment(e.c.id, body);
    return 1;
  };
  const ofUnit = (unit: string) => existing.filter((e) => markedUnit(e.c.body) === unit);
  let created = 0;
  let updated = 0;
  const suggestions: Planned[] = [];
  const files: Planned[] = [];
  const conversation: Planned[] = [];
  for (const p of plan) {
    const same = ofUnit(p.unitPath).find((e) => samePlace(e, p));
    if (same) updated += await update(same, p.body);
    else (p.kind === "suggestion" ? suggestions : p.kind === "file" ? files : conversation).push(p);
  }
  const refusals: string[] = [];
  const refused = (e: unknown, planned: readonly Planned[]): void => {
    if (httpStatus(e) !== 422) throw e;
    const errors =
      (e as { response?: { data?: { errors?: unknown[] } } }).response?.data?.errors ?? [];
    const details = errors
      .map((x) => (typeof x === "string" ? x : String((x as { message?: unknown }).message ?? "")))
      .filter(Boolean);
    refusals.push(
      details.length > 0 ? `${describeError(e)}: ${details.join(", ")}` : describeError(e),
    );
    conversation.push(
      ...planned.map((p) => ({
        ...p,
        kind: "conversation" as const,
        path: null,
        line: null,
        body: p.fallback,
      })),
    );
  };
  if (suggestions.length > 0) {
    const comments: NewReviewComment[] = suggestions.map((p) => ({
      path: p.path!,
      line: p.line!,
      side: "RIGHT",
      body: p.body,
    }));
    try {
      await api.createReview(
        pull,
        commitId,
        `**harden-units** proposes hardening for ${comments.length} unit${comments.length === 1 ? "" : "s"}.`,
        comments,
      );
      created += comments.length;
    } catch (e) {
      refused(e, suggestions);
    }
  }
  // New comments of their own, up to a budget per run: GitHub asks for a pause between writes
  // that notify (Octokit waits 3 s), so the rest share one conversation comment.
  // Units already in the shared comment stay there, so that runs do not move them back and forth.
  let budget = MAX_SEPARATE_COMMENTS;
  const overflow: Planned[] = [];
  const group = existingGroup(existingIssue) ?? null;
  const grouped = new Set(
    group
      ? [...group.body.matchAll(/<!-- harden-units:grouped (\S+) -->/g)].map((m) =>
          decodeURIComponentSafe(m[1]!),
        )
      : [],
  );
  for (const p of files) {
    if (budget === 0 || grouped.has(p.unitPath)) {
      overflow.push(p);
      continue;
    }
    try {
      await api.createFileComment(pull, commitId, p.path!, p.body);
      created++;
      budget--;
    } catch (e) {
      refused(e, [p]);
    }
  }
  for (const p of conversation) {
    const earlier = ofUnit(p.unitPath).find((e) => e.kind === "issue" && !kept.has(e));
    if (earlier) updated += await update(earlier, p.body);
    else if (budget > 0 && !grouped.has(p.unitPath)) {
      await api.createIssueComment(pull, p.body);
      created++;
      budget--;
    } else overflow.push(p);
  }
  if (overflow.length > 0) {
    const body = groupBody(overflow);
    if (!group) {
      await api.createIssueComment(pull, body);
      created++;
    } else if (group.body !== body) {
      await api.updateIssueComment(group.id, body);
      updated++;
    }
  } else if (group) {
    await api.deleteIssueComment(group.id);
  }
  // Earlier comments of planned units that were not kept have been replaced: the new ones are posted.
  let retired = 0;
  const planned = new Set(plan.map((p) => p.unitPath));
  for (const e of existing.filter((x) => planned.has(markedUnit(x.c.body)!) && !kept.has(x))) {
    if (e.kind === "review") await api.deleteReviewComment(e.c.id);
    else await api.deleteIssueComment(e.c.id);
    retired++;
  }
  for (const unit of resolvedUnits) {
    const note = `${marker(unit)}\n✅ **harden-units**: ${codeSpan(unit)} needs no drop-in any more.`;
    for (const e of ofUnit(unit)) retired += await update(e, note);
  }
  return {
    created,
    updated,
    retired,
    refused: refusals.length > 0 ? [...new Set(refusals)].join("; ") : null,
  };
}
