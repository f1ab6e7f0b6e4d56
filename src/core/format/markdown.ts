/**
 * Markdown for GitHub: the job summary (one table of units, base -> head -> with the proposed
 * drop-in, the costliest checks with links to their lines, the findings, a preview of each
 * drop-in) and the bodies of review comments. Text from the repository (unit lines, paths,
 * messages) cannot break out of a code fence or a table cell, or inject markdown.
 */
import { formatExposure } from "../checks/score.js";
import { locate, type Finding } from "../findings.js";
import type { UnitReport } from "../scan.js";
import { gateText, type GateFailure } from "../gate.js";
import { failingChecks } from "./text.js";
import { regressionCauses, type BaseUnit, type UnitAnnotation } from "../annotate.js";

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
export function fenced(text: string, lang = ""): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n$/, "")}\n${fence}`;
}

/** Text for inline markdown: markup characters and HTML escaped, one line. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;");
}

export interface SummaryOptions {
  /** URL of a file at a line in the head commit, or undefined when none can be made. */
  readonly link?: (path: string, line?: number) => string | undefined;
  /** What fails the gate, shown first. */
  readonly gate?: readonly GateFailure[];
  /** Anything the run could not do (no checks:write, a fallback), said once. */
  readonly notes?: readonly string[];
  readonly topChecks?: number;
  /** Each unit on the base (pull requests; absent for new units): its exposure, and the regression's per-check delta under the gate. */
  readonly base?: ReadonlyMap<string, BaseUnit>;
  /** Every annotation of the run, listed in full (GitHub shows only some of them in places). */
  readonly annotations?: readonly UnitAnnotation[];
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function linked(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

function findingLine(f: Finding, link: SummaryOptions["link"]): string {
  const at = locate(f);
  const where = linked(code(`${f.path}:${at.line}:${at.column}`), link?.(f.path, at.line));
  const waived = f.suppressed !== undefined ? ` *(suppressed: ${escapeInline(f.suppressed)})*` : "";
  return `- ${f.severity === "error" ? "❌" : f.severity === "warning" ? "⚠️" : "ℹ️"} ${where} ${escapeInline(f.message)} (${code(f.id)})${waived}`;
}

export function summaryMarkdown(
  reports: readonly UnitReport[],
  options: SummaryOptions = {},
): string {
  const out: string[] = ["## harden-units", ""];
  if (options.gate && options.gate.length > 0) {
    out.push("**The gate failed:**", "");
    for (const g of options.gate) {
      out.push(`- ${escapeInline(gateText(g))}`);
      const r = g.kind === "increase" ? reports.find((x) => x.path === g.path) : undefined;
      if (r)
        for (const c of regressionCauses(r, options.base?.get(r.path)))
          out.push(`  - ${escapeInline(c)}`);
    }
    out.push("");
  }
  for (const n of options.notes ?? []) out.push(`> ${escapeInline(n)}`, "");
  if (reports.length === 0) {
    out.push("No unit files to review.");
    return out.join("\n") + "\n";
  }
  // With several systemd releases listed, a column per release (the first, the floor, is `exposure`).
  const releases = reports.find((r) => r.scores)?.scores?.map((s) => s.release) ?? [];
  const perRelease = (r: UnitReport) =>
    releases.map((v) => {
      const s = r.scores?.find((x) => x.release === v);
      return s?.score ? formatExposure(s.score.exposure) : r.score ? "refused" : "—";
    });
  const head = releases.length > 1 ? releases.map((v) => `systemd ${v}`) : ["exposure"];
  out.push(
    `| unit | ${head.join(" | ")} | level | base → head → with drop-in | findings |`,
    `|---|${head.map(() => "---:").join("|")}|---|---|---:|`,
  );
  for (const r of reports) {
    const s = r.score;
    const base = options.base?.get(r.path)?.exposure;
    const proposal = r.fix && "proposal" in r.fix && r.fix.proposal.changed ? r.fix.proposal : null;
    const trail = s
      ? [
          base !== undefined ? formatExposure(base) : "new",
          formatExposure(s.exposure),
          proposal ? formatExposure(proposal.exposureAfter) : "—",
        ].join(" → ")
      : "—";
    const open = r.findings.filter((f) => f.suppressed === undefined).length;
    const exposures =
      releases.length > 1
        ? s
          ? perRelease(r)
          : releases.map(() => "not scored")
        : [s ? formatExposure(s.exposure) : "not scored"];
    // 252 on a live host (online) counts the PrivateMounts= other settings imply.
    if (r.onlineExposure !== undefined)
      exposures[0] += ` (online ${formatExposure(r.onlineExposure)})`;
    out.push(
      `| ${linked(code(r.path), options.link?.(r.path))} | ${exposures.join(" | ")} | ${s ? s.level : r.refusal ? "refused" : "—"} | ${trail} | ${open} |`,
    );
  }
  out.push("");
  for (const r of reports) {
    const failing = r.score ? failingChecks(r.score.rows).slice(0, options.topChecks ?? 5) : [];
    const proposal = r.fix && "proposal" in r.fix && r.fix.proposal.changed ? r.fix.proposal : null;
    if (failing.length === 0 && r.findings.length === 0 && !proposal) continue;
    out.push(
      `<details><summary>${escapeInline(r.path)}${r.score ? ` — ${formatExposure(r.score.exposure)} ${r.score.level}` : ""}</summary>`,
      "",
    );
    if (failing.length > 0) {
      out.push("Costliest checks:", "");
      for (const c of failing) {
        const line = c.src
          ? c.src.file.lineIndex.position(c.src.assignment.span.start).line
          : undefined;
        const where = c.src
          ? linked(code(`${c.src.file.path}:${line}`), options.link?.(c.src.file.path, line))
          : "not set";
        out.push(
          `- ${code(c.check.name)} ${c.exposure !== null ? formatExposure(c.exposure) : ""} — ${escapeInline(c.description ?? "")} (${where})`,
        );
      }
      out.push("");
    }
    if (r.findings.length > 0)
      out.push("Findings:", "", ...r.findings.map((f) => findingLine(f, options.link)), "");
    if (proposal) {
      out.push(
        `Proposed drop-in ${code(proposal.dropinPath)} (${formatExposure(proposal.exposureWithout)} → ${formatExposure(proposal.exposureAfter)}):`,
        "",
        fenced(proposal.content, "ini"),
        "",
      );
    }
    out.push("</details>", "");
  }
  const annotations = options.annotations ?? [];
  if (annotations.length > 0) {
    const icon = { failure: "❌", warning: "⚠️", notice: "ℹ️" } as const;
    out.push(
      `<details><summary>All ${annotations.length} annotation${annotations.length === 1 ? "" : "s"}</summary>`,
      "",
    );
    for (const a of annotations) {
      out.push(
        `- ${icon[a.level]} ${linked(code(`${a.path}:${a.line}`), options.link?.(a.path, a.line))} **${escapeInline(a.title)}**: ${escapeInline(a.message)}`,
      );
    }
    out.push("", "</details>", "");
  }
  return out.join("\n");
}
