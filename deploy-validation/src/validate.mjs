// Renders an overlay and checks every object: schemas (strict), API versions, restricted pod security, Deployment
// readiness, selectors, Kafka against the services' configuration, credentials, monitoring (PromQL parses, every
// alert has a runbook, every Deployment scraped, every event type a dashboard counts published and counted), every configured call allowed by the network policies; production
// availability for prod.
import YAML from "yaml";
import { render } from "./kubectl.mjs";
import { calledUrlVariables } from "./platform.mjs";
import { promqlErrors } from "./promql.mjs";
import { schemaFindings } from "./schemas.mjs";
import * as rules from "./rules.mjs";

export function parse(text) {
  return YAML.parseAllDocuments(text).map((doc) => doc.toJS()).filter((o) => o && typeof o === "object");
}

/**
 * Findings for an overlay directory. production: also the availability rules (replicas, PDB, HPA).
 * repo: the repository root, whose services' configuration the Kafka rules compare with.
 */
export async function validateOverlay(directory, { repo, production = false }) {
  const objects = parse(render(directory));
  const findings = [];
  if (!objects.length) findings.push(`${directory}: renders nothing`);
  for (const o of objects) findings.push(...await schemaFindings(o));
  findings.push(...rules.apiVersions(objects), ...rules.restrictedPodSecurity(objects), ...rules.deploymentsReady(objects, repo),
    ...rules.selectorsMatch(objects), ...rules.kafkaMatchesServices(objects, repo), ...rules.credentialsInSecrets(objects),
    ...rules.monitoring(objects, promqlErrors), ...rules.dashboardEventTypes(objects, repo), ...rules.networkFlows(objects, repo, calledUrlVariables),
    ...rules.portsConsistent(objects));
  if (production) findings.push(...rules.productionAvailability(objects));
  return { objects, findings };
}
