/**
 * The oracle: systemd-analyze of a verified systemd release (252 installed here; 254, 257 and 262
 * from Debian's builds through scripts/systemd-analyze-version.sh), run hermetically
 * (SYSTEMD_UNIT_PATH empty, so only the unit's own folder is searched and the host's drop-ins
 * stay out; --offline=true).
 */
import { execFile, execFileSync } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface OracleRow {
  readonly set: boolean | null;
  readonly name: string;
  readonly json_field: string;
  readonly description: string | null;
  readonly weight: number;
  readonly badness: number;
  readonly range: number;
  readonly exposure: string | null;
}

export interface OracleResult {
  /** Rows in printed order, or null when systemd refused the unit. */
  readonly rows: OracleRow[] | null;
  /** "9.6", from the text output's last line. */
  readonly exposure: string | null;
  readonly stderr: string;
}

export const NA = 2 ** 64; // UINT64_MAX as JSON.parse reads it (the nearest double)

const SCRIPT = path.resolve("scripts/systemd-analyze-version.sh");
const TOOLS = new Map<number, string | null>();

/** The systemd-analyze of release `release` (fetched once into ~/.cache/harden-units/), or null when it cannot run here. */
export function oracleTool(release = 252): string | null {
  if (!TOOLS.has(release)) {
    let tool: string | null;
    try {
      tool =
        execFileSync("bash", [SCRIPT, String(release)], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          timeout: 600_000,
        }).trim() || null;
    } catch {
      tool = null;
    }
    TOOLS.set(release, tool);
  }
  return TOOLS.get(release)!;
}

/** "systemd 257 (257.13-1~deb13u1)" for the oracle of `release`, or null when there is none. */
export function oracleVersion(release = 252): string | null {
  const tool = oracleTool(release);
  if (!tool) return null;
  try {
    return execFileSync(tool, ["--version"], { encoding: "utf8" }).split("\n")[0] ?? null;
  } catch {
    return null;
  }
}

const env = {
  ...process.env,
  SYSTEMD_UNIT_PATH: "",
  SYSTEMD_ANALYZE_DEBUG: "1",
  SYSTEMD_COLORS: "0",
  LC_ALL: "C.UTF-8",
};

/** `systemd-analyze security --offline=true` of `release` on one unit file (absolute path). */
export async function oracleSecurity(
  file: string,
  policyFile?: string,
  release = 252,
): Promise<OracleResult> {
  const tool = oracleTool(release);
  if (!tool) throw new Error(`no systemd-analyze ${release} here`);
  const args = ["security", "--offline=true", "--no-pager"];
  if (policyFile) args.push(`--security-policy=${policyFile}`);
  const [json, text] = await Promise.all([
    run(tool, [...args, "--json=short", file], { env, maxBuffer: 1 << 24 }).catch(
      (e: { stdout: string; stderr: string }) => e,
    ),
    run(tool, [...args, file], { env, maxBuffer: 1 << 24 }).catch(
      (e: { stdout: string; stderr: string }) => e,
    ),
  ]);
  const line = json.stdout.split("\n").find((l) => l.startsWith("["));
  // JSON.parse loses the 2^64-1 of N/A rows' badness to a float; compare against NA.
  const rows = line ? (JSON.parse(line) as OracleRow[]) : null;
  const m = /Overall exposure level for .*: (\d+\.\d) /.exec(text.stdout);
  return { rows, exposure: m ? m[1]! : null, stderr: json.stderr };
}

export interface VerifyWarning {
  /** Absolute path of the file systemd names (the unit file or a drop-in). */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** `systemd-analyze verify` of `release` on one unit file: all it prints on stderr. */
export async function oracleVerifyText(file: string, release = 252): Promise<string> {
  const tool = oracleTool(release);
  if (!tool) throw new Error(`no systemd-analyze ${release} here`);
  const r = await run(tool, ["verify", "--man=no", file], { env }).catch(
    (e: { stdout: string; stderr: string }) => e,
  );
  return r.stderr;
}

/** `systemd-analyze verify` of `release` on one unit file: every `FILE:LINE: message` line it prints. */
export async function oracleVerify(file: string, release = 252): Promise<VerifyWarning[]> {
  const stderr = await oracleVerifyText(file, release);
  const out: VerifyWarning[] = [];
  for (const l of stderr.split("\n")) {
    const m = /^(\/.*?):(\d+): (.*)$/.exec(l);
    if (m) out.push({ file: m[1]!, line: Number(m[2]), message: m[3]! });
  }
  return out;
}

/** Runs async jobs with bounded concurrency, keeping order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  job: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
