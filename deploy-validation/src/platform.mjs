// What the services' own configuration says the cluster must provide: the topics each one publishes and consumes
// (platform.events.* in its application.yml, defaults in platform-starter), their partitions, and the shutdown phase.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";

export const SERVICES = ["item-catalog-service", "case-service", "evaluation-service", "trading-service", "hotline-service"];
export const WORKLOADS = ["gateway", ...SERVICES];
const DLT_SUFFIX = ".DLT"; // EventsConfiguration.DLT_SUFFIX
const CALENDAR_TOPIC = "gov.catalog.events"; // CalendarReplica.TOPIC, read when platform.calendar.replica.enabled

function applicationYml(repo, service) {
  const file = join(repo, service, "src", "main", "resources", "application.yml");
  // the documents without a profile condition: what runs in production
  return YAML.parseAllDocuments(readFileSync(file, "utf8")).map((doc) => doc.toJS() ?? {})
    .filter((doc) => !doc.spring?.config?.activate);
}

function platformDefaults(repo) {
  const file = join(repo, "platform-starter", "src", "main", "resources", "platform-defaults.properties");
  const values = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^([^#=\s][^=]*)=(.*)$/.exec(line.trim());
    if (match) values[match[1].trim()] = match[2].trim();
  }
  return values;
}

/** Per service: produces, consumes (with the consumer group), dead-letter topics, partitions. */
export function eventTopology(repo) {
  const defaults = platformDefaults(repo);
  const services = {};
  for (const service of SERVICES) {
    const docs = applicationYml(repo, service);
    const events = Object.assign({}, ...docs.map((doc) => doc.platform?.events ?? {}));
    const replica = docs.some((doc) => doc.platform?.calendar?.replica?.enabled === true);
    const consumed = events["consumed-topics"] ?? [];
    services[service] = {
      produces: events.topics ?? [],
      consumes: [...consumed, ...(replica ? [CALENDAR_TOPIC] : [])],
      deadLetters: consumed.map((topic) => topic + DLT_SUFFIX),
      groups: [...(consumed.length ? [service] : []), ...(replica ? [`${service}-calendar-replica`] : [])],
      partitions: Number(events.partitions ?? defaults["platform.events.partitions"] ?? 3),
    };
  }
  return services;
}

/**
 * The event types the business dashboards may count: every type with a schema in contracts/events (the
 * CloudEvents types the services publish), each with the service that publishes it (the folder: case →
 * case-service) and whether that service leaves it out of platform_events_committed_total
 * (platform.events.uncounted-type-prefixes: a per-bidder trading event must never be counted).
 */
export function countedEventTypes(repo) {
  const folderService = { catalog: "item-catalog-service", case: "case-service", evaluation: "evaluation-service",
    trading: "trading-service", hotline: "hotline-service" };
  const types = new Map();
  const root = join(repo, "contracts", "events");
  for (const folder of readdirSync(root)) {
    const service = folderService[folder];
    if (!service) continue;
    const uncounted = Object.assign({}, ...applicationYml(repo, service).map((doc) => doc.platform?.events ?? {}))["uncounted-type-prefixes"] ?? [];
    for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith(".json"))) {
      const type = file.slice(0, -".json".length);
      types.set(type, { service, counted: !uncounted.some((prefix) => type.startsWith(prefix)) });
    }
  }
  return types;
}

/** Every topic with its partitions: the published ones and the dead-letter topic of each consumed one. */
export function expectedTopics(repo) {
  const topics = new Map();
  for (const service of Object.values(eventTopology(repo))) {
    for (const topic of service.produces) topics.set(topic, service.partitions);
  }
  for (const service of Object.values(eventTopology(repo))) {
    for (const dlt of service.deadLetters) topics.set(dlt, topics.get(dlt.slice(0, -DLT_SUFFIX.length)) ?? service.partitions);
  }
  return topics;
}

/** The longest Spring shutdown phase of any workload, in seconds (platform-defaults; the gateway sets its own). */
export function shutdownPhaseSeconds(repo) {
  const seconds = (text) => {
    const match = /(\d+)s/.exec(String(text ?? ""));
    return match ? Number(match[1]) : 0;
  };
  let longest = seconds(platformDefaults(repo)["spring.lifecycle.timeout-per-shutdown-phase"]);
  for (const workload of WORKLOADS) {
    const file = join(repo, workload, "src", "main", "resources", "application.yml");
    if (!existsSync(file)) continue;
    for (const doc of applicationYml(repo, workload)) {
      longest = Math.max(longest, seconds(doc.spring?.lifecycle?.["timeout-per-shutdown-phase"]));
    }
  }
  return longest;
}

/** The *_URL variables a workload's configuration really reads (the calls it makes to other workloads). */
export function calledUrlVariables(repo, workload) {
  const text = readFileSync(join(repo, workload, "src", "main", "resources", "application.yml"), "utf8");
  return [...new Set([...text.matchAll(/\$\{([A-Z_]+_URL)[:}]/g)].map((m) => m[1]))];
}
