/** Documentation generated from the tables (rules here; checks with the fix engine), checked for drift by a test. */
import { RULES } from "../lint/rules.js";

export function rulesMarkdown(): string {
  const lines = [
    "# Lint rules",
    "",
    "<!-- Generated from src/core/lint/rules.ts by `npm run docs`; do not edit. -->",
    "",
    "Every finding has a rule id, a severity, the file and line (and column), and a message that says",
    "what was found, why in one clause, and the exact remedy. A setting systemd rejects or ignores is an",
    "`error` (the protection its author wrote is not there); a deprecated setting or one that widens",
    "exposure is a `warning`. Rules marked *systemd says so* are things `systemd-analyze verify` itself",
    "prints on the same line; the tests require that it does.",
    "",
    "Suppress a finding with a comment line before the assignment (or above the first section header, for",
    "the whole unit): `# harden-units: ignore RULE-OR-CHECK-ID ... -- reason`. The reason is required and",
    "shown in reports.",
    "",
    "| rule | severity | what it finds |",
    "|---|---|---|",
    ...RULES.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.summary.replace(/\|/g, "\\|")} |`),
    "",
  ];
  for (const r of RULES) {
    lines.push(`## ${r.id}`, "", `Severity: \`${r.severity}\`${r.systemdIgnores ? " · *systemd says so*" : ""}`, "", r.summary, "", r.details, "");
  }
  return lines.join("\n");
}
