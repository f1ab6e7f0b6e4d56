/**
 * The read-only floor of the bench: a Node process that walks the folders given and reads every
 * file in them, and does nothing else. What harden-units costs is quoted as a multiple of it.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

let bytes = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.isFile()) bytes += readFileSync(full).length;
  }
}
for (const dir of process.argv.slice(2)) walk(dir);
process.stdout.write(`${bytes}\n`);
