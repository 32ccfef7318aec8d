// docker-compose.yml against the Compose Specification and the manifests; broken copies of it are caught.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { composeFindings } from "../src/compose.mjs";
import { validateOverlay } from "../src/validate.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const composeFile = join(repo, "docker-compose.yml");
const deployments = (await validateOverlay(join(repo, "k8s", "overlays", "prod"), { repo })).objects
  .filter((o) => o.kind === "Deployment");

/** Findings for docker-compose.yml with one replacement made (which must apply). */
function brokenCopy(search, replacement) {
  const text = readFileSync(composeFile, "utf8");
  assert.ok(text.includes(search), `docker-compose.yml contains ${search}`);
  const file = join(mkdtempSync(join(tmpdir(), "compose-")), "docker-compose.yml");
  writeFileSync(file, text.replace(search, replacement));
  return composeFindings(file, deployments, repo);
}

test("docker-compose.yml follows the Compose Specification and the manifests", () => {
  assert.deepEqual(composeFindings(composeFile, deployments, repo), []);
});

test("a typo'd compose key is caught", () => {
  assert.ok(brokenCopy("healthcheck: *health", "healthchek: *health")
    .some((f) => /compose\/services\/case-service: must NOT have additional properties \(healthchek\)/.test(f)));
});

test("a dependency on a service that does not exist is caught", () => {
  assert.ok(brokenCopy("trading-service: { condition: service_healthy }", "trading: { condition: service_healthy }")
    .some((f) => /compose service gateway: depends on trading, which is not defined/.test(f)));
});

test("a service that lacks the personal-data keys the manifests give it is caught", () => {
  assert.ok(brokenCopy('SERVER_PORT: "8105", PERSONAL_DATA_KEYS', 'SERVER_PORT: "8105", NO_PERSONAL_DATA_KEYS')
    .some((f) => /compose service hotline-service: personal-data keys .*the manifests give it/.test(f)));
});

test("a service started without the production JVM options is caught", () => {
  assert.ok(brokenCopy('"@/opt/gov-platform/jvm.options", "-jar", "/jars/trading-service.jar"', '"-jar", "/jars/trading-service.jar"')
    .some((f) => /compose service trading-service: must run with the production JVM options/.test(f)));
});

test("a Prometheus that misses a workload is caught", () => {
  const withoutHotline = join(mkdtempSync(join(tmpdir(), "prometheus-")), "prometheus.yml");
  writeFileSync(withoutHotline, readFileSync(join(repo, "deploy", "compose", "prometheus.yml"), "utf8").replace(', "hotline-service:8105"', ""));
  assert.ok(brokenCopy("./deploy/compose/prometheus.yml:", `${withoutHotline}:`)
    .some((f) => /compose Prometheus: does not scrape hotline-service:8105/.test(f)));
});
