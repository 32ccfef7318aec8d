// Every overlay renders and passes every check; each fixture (an overlay with one thing wrong) is caught with the
// finding that names it. Run by the Maven build (this module's pom) and by `npm test`.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { kubectl } from "../src/kubectl.mjs";
import { validateOverlay } from "../src/validate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const overlays = join(repo, "k8s", "overlays");

test("the pinned kubectl runs offline", () => {
  assert.match(execFileSync(kubectl(), ["version", "--client"], { encoding: "utf8" }), /Client Version: v1\.35\./);
});

test("the overlays are the ones validated here", () => {
  assert.deepEqual(readdirSync(overlays).sort(), ["local", "prod"]);
});

for (const overlay of ["local", "prod"]) {
  test(`overlay ${overlay} renders and passes every check`, async () => {
    const { objects, findings } = await validateOverlay(join(overlays, overlay), { repo, production: overlay === "prod" });
    assert.deepEqual(findings, []);
    const kinds = new Set(objects.map((o) => o.kind));
    for (const kind of ["Deployment", "Service", "ConfigMap", "Ingress", "NetworkPolicy", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"]) {
      assert.ok(kinds.has(kind), `${overlay} renders a ${kind}`);
    }
    assert.equal(objects.filter((o) => o.kind === "Deployment").length, 6);
    assert.ok(objects.every((o) => o.metadata.namespace === "gov-platform"), "everything in the namespace gov-platform");
  });
}

test("prod has two replicas, a PDB and an HPA per workload; local has neither", async () => {
  const prod = (await validateOverlay(join(overlays, "prod"), { repo })).objects;
  const local = (await validateOverlay(join(overlays, "local"), { repo })).objects;
  assert.ok(prod.filter((o) => o.kind === "Deployment").every((d) => d.spec.replicas === 2));
  assert.equal(prod.filter((o) => o.kind === "PodDisruptionBudget").length, 6);
  assert.equal(prod.filter((o) => o.kind === "HorizontalPodAutoscaler").length, 6);
  assert.ok(!local.some((o) => o.kind === "HorizontalPodAutoscaler" || o.kind === "PodDisruptionBudget"));
  assert.ok(local.some((o) => o.kind === "InnoDBCluster"), "local brings its own MySQL");
  assert.equal(prod.filter((o) => o.kind === "ServiceMonitor").length, 6, "prod scrapes every workload");
  assert.ok(prod.some((o) => o.kind === "PrometheusRule"));
});

/** Fixture → the finding(s) it must produce (each fixture breaks one rule of prod). */
const FIXTURES = {
  "typo-field": /Deployment case-service: unknown field spec\.template\.spec\.containers\[0\]\.livenesProbe/,
  "missing-probe": /Deployment hotline-service container hotline-service: no readinessProbe/,
  "strimzi-v1beta2": /KafkaTopic gov\.case\.events\.retry: kafka\.strimzi\.io\/v1beta2 was removed in Strimzi 1\.0/,
  "privileged": /Deployment gateway container gateway: privileged containers are not allowed/,
  "missing-dlt-topic": /KafkaTopic gov\.hotline\.events\.DLT: used by the services' configuration but not declared/,
  "missing-pdb": /Deployment gateway: no PodDisruptionBudget selects it/,
  "orphan-selector": /Service trading-service: its selector matches no workload/,
  "broad-acl": /KafkaUser trading-service: reads gov\.case\.events,gov\.catalog\.events, its configuration consumes gov\.catalog\.events$/,
  "password-in-configmap": [/ConfigMap platform: DB_PASSWORD belongs in a Secret/,
    /Deployment case-service container case-service: DB_PASSWORD must come from a Secret/],
  "bad-promql": /PrometheusRule gov-platform GatewayRoute5xxRate: expr does not parse/,
  "unscraped-deployment": /Deployment trading-service: no ServiceMonitor scrapes it/,
  "blocked-call": /NetworkPolicy: case-service → item-catalog-service:8101 \(CATALOG_URL\) is blocked on the way in/,
  "wrong-port": /Deployment evaluation-service container evaluation-service: SERVER_PORT=8113 but its port "http" is 8103/,
  "broken-dashboard": /ConfigMap grafana-dashboard-platform-overview platform-overview\.json panel "Requests": expr does not parse/,
  "uncounted-event": [/ConfigMap grafana-dashboard-business-trading business-trading\.json panel "Guarantees": counts gov\.trading\.guarantee-issued\.v1, which trading-service never counts/,
    /panel "Received": counts gov\.case\.recieved\.v1, which no contract in contracts\/events defines/],
};

test("every fixture has an expectation", () => {
  assert.deepEqual(readdirSync(join(here, "fixtures")).sort(), Object.keys(FIXTURES).sort());
});

for (const [fixture, expected] of Object.entries(FIXTURES)) {
  test(`fixture ${fixture} is caught`, async () => {
    const { findings } = await validateOverlay(join(here, "fixtures", fixture), { repo, production: true });
    for (const pattern of [expected].flat()) {
      assert.ok(findings.some((f) => pattern.test(f)), `expected ${pattern} among:\n${findings.join("\n")}`);
    }
  });
}
