// Bundle the page: src/main.ts (and three.js, protobuf-es, connect-web) -> OUT/app.js, plus
// index.html and app.css. Deterministic: the same lockfile gives the same bytes.
//   node build.mjs [OUT]      (default: ../sketch2real/web/static)
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, "..", "sketch2real", "web", "static"));
mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) {
  if (!name.startsWith(".")) rmSync(join(out, name), { recursive: true });
}
await build({
  entryPoints: [join(here, "src", "main.ts")],
  outfile: join(out, "app.js"),
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2022", "chrome100", "safari16"],
  legalComments: "eof",
  charset: "utf8",
  sourcemap: false,
  logLevel: "warning",
  absWorkingDir: here,
});
for (const name of ["index.html", "app.css"]) copyFileSync(join(here, name), join(out, name));
console.log(`built ${out}`);
