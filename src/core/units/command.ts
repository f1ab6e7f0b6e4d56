/** Exec*= command lines, as config_parse_exec() reads them. */
import { expandSpecifiers } from "../syntax/specifiers.js";
import { extractWord } from "../syntax/words.js";
import type { OptionContext } from "./options-context.js";

function isFilename(s: string): boolean {
  return s !== "" && s !== "." && s !== ".." && !s.includes("/") && s.length <= 255;
}

/**
 * config_parse_exec(): one Exec*= line, which may hold several commands separated by `;`. Only
 * what decides whether systemd accepts the unit is kept: how many commands, and fatal errors.
 */
export function parseCommand(ctx: OptionContext, key: string): void {
  const list = ctx.settings.commands.get(key) ?? [];
  ctx.settings.commands.set(key, list);
  const value = ctx.value;
  if (value === "") {
    list.length = 0;
    return;
  }
  const flags = { unquote: true, cunescape: true };
  let p = 0;
  let semicolon: boolean;
  do {
    semicolon = false;
    let r = extractWord(value, p, flags);
    if (r.kind === "error") r = extractWord(value, p, { ...flags, unescapeRelax: true });
    if (r.kind === "error") {
      ctx.warn("invalid-syntax", `Unbalanced quoting, ignoring: "${value}"`, value);
      return;
    }
    if (r.kind === "end") return;
    p = r.next;
    if (r.word.text === ";") {
      semicolon = true;
      continue;
    }
    let f = r.word.text;
    let ignore = false;
    let argv0 = false;
    let noEnv = false;
    let privileged = 0;
    for (;;) {
      const c = f[0];
      if (c === "-" && !ignore) ignore = true;
      else if (c === "@" && !argv0) argv0 = true;
      else if (c === ":" && !noEnv) noEnv = true;
      else if (c === "+" && privileged === 0) privileged = 1;
      else if (c === "!" && privileged === 0) privileged = 2;
      else if (c === "!" && privileged === 2) privileged = 3;
      else break;
      f = f.slice(1);
    }
    const suffix = ignore ? ", ignoring" : "";
    if (privileged === 3 && ctx.release.doubleBang === "ignored") {
      ctx.warn(
        "removed-modifier",
        `The !! modifier for ${key}= lines is no longer supported and is now ignored. Please update your unit files and remove the modifier.`,
        "!!",
      );
    }
    const fail = (message: string): void =>
      ctx.warn("invalid-command", message, f, undefined, !ignore);
    const path = expandSpecifiers(f, ctx.specifiers);
    if (!path.ok) return fail(`Failed to resolve unit specifiers in '${f}'${suffix}: Invalid slot`);
    if (path.value === "") return fail(`Empty path in command line${suffix}: '${value}'`);
    // eslint-disable-next-line no-control-regex -- systemd refuses control characters in a path
    if (/[\x00-\x1f\x7f"'\\]/.test(path.value))
      return fail(`Executable name contains special characters${suffix}: ${path.value}`);
    if (path.value.endsWith("/"))
      return fail(`Executable path specifies a directory${suffix}: ${path.value}`);
    if (!(path.value.startsWith("/") ? path.value.length < 4096 : isFilename(path.value))) {
      return fail(`Neither a valid executable name nor an absolute path${suffix}: ${path.value}`);
    }
    let args = argv0 ? 0 : 1;
    while (p < value.length) {
      const rest = value.slice(p);
      if (/^;([ \t\n\r]|$)/.test(rest)) {
        p += 1;
        while (p < value.length && " \t\n\r".includes(value[p]!)) p++;
        semicolon = true;
        break;
      }
      if (/^\\;([ \t\n\r]|$)/.test(rest)) {
        p += 2;
        while (p < value.length && " \t\n\r".includes(value[p]!)) p++;
        args++;
        continue;
      }
      let w = extractWord(value, p, flags);
      if (w.kind === "error") w = extractWord(value, p, { ...flags, unescapeRelax: true });
      if (w.kind === "end") break;
      if (w.kind === "error") {
        ctx.warn(
          "invalid-syntax",
          `Unbalanced quoting, ignoring: "${value}"`,
          value,
          undefined,
          !ignore,
        );
        return;
      }
      p = w.next;
      const arg = expandSpecifiers(w.word.text, ctx.specifiers);
      // From 257 the argument is quoted in the message.
      const q = ctx.release.parseErrors === "classic" ? "" : "'";
      if (!arg.ok)
        return fail(
          `Failed to resolve unit specifiers in ${q}${w.word.text}${q}${suffix}: Invalid slot`,
        );
      args++;
    }
    if (args === 0) return fail(`Empty executable name or zeroeth argument${suffix}: ${value}`);
    list.push(ctx.at);
  } while (semicolon);
}
