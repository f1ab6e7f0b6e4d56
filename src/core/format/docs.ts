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

interface ActionField {
  readonly name: string;
  readonly description: string;
  readonly default?: string;
}

/** The inputs and outputs of action.yml (the simple block layout it is written in). */
export function parseActionYml(text: string): { inputs: ActionField[]; outputs: ActionField[] } {
  const section = (name: string): ActionField[] => {
    const body = text.split(new RegExp(`^${name}:\\n`, "m"))[1]?.split(/^\S/m)[0] ?? "";
    const fields: ActionField[] = [];
    for (const block of body.split(/^ {2}(?=[a-z-]+:$)/m).filter((b) => b.trim() !== "")) {
      const fieldName = /^([a-z-]+):$/m.exec(block)?.[1];
      if (!fieldName) continue;
      const value = (key: string) => {
        const m = new RegExp(`^ {4}${key}: (.*)$`, "m").exec(block);
        if (!m) return undefined;
        const v = m[1]!.trim();
        return /^".*"$/.test(v) ? JSON.parse(v) as string : v;
      };
      const d = value("default");
      fields.push({ name: fieldName, description: value("description") ?? "", ...(d !== undefined && { default: d }) });
    }
    return fields;
  };
  return { inputs: section("inputs"), outputs: section("outputs") };
}

/** The README's tables of inputs and outputs, generated from action.yml. */
export function actionTablesMarkdown(actionYml: string): string {
  const { inputs, outputs } = parseActionYml(actionYml);
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return [
    "| input | default | meaning |",
    "|---|---|---|",
    ...inputs.map((i) => `| \`${i.name}\` | ${i.default ? `\`${cell(i.default)}\`` : ""} | ${cell(i.description)} |`),
    "",
    "| output | meaning |",
    "|---|---|",
    ...outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
  ].join("\n");
}

export const TABLES_START = "<!-- action tables: generated from action.yml by `npm run docs` -->";
export const TABLES_END = "<!-- end of action tables -->";

/** README with its action tables regenerated. */
export function withActionTables(readme: string, actionYml: string): string {
  const start = readme.indexOf(TABLES_START);
  const end = readme.indexOf(TABLES_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start)}${TABLES_START}\n${actionTablesMarkdown(actionYml)}\n${readme.slice(end)}`;
}
