// The platform's rules for what an overlay renders, beyond the schemas. Each returns findings (strings); none means
// the rule holds.
import { countedEventTypes, eventTopology, expectedTopics, shutdownPhaseSeconds, SERVICES } from "./platform.mjs";

/** The API versions this repository targets (Kubernetes 1.3x, Strimzi 1.2, MySQL Operator, Prometheus Operator). */
const CURRENT_API_VERSIONS = new Set(["v1", "apps/v1", "batch/v1", "policy/v1", "autoscaling/v2", "networking.k8s.io/v1",
  "kafka.strimzi.io/v1", "mysql.oracle.com/v2", "monitoring.coreos.com/v1"]);

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job"]);
const name = (o) => `${o.kind} ${o.metadata?.name}`;
const podSpec = (o) => (o.kind === "CronJob" ? o.spec?.jobTemplate?.spec?.template?.spec : o.spec?.template?.spec);
const podLabels = (o) => o.spec?.template?.metadata?.labels ?? {};
const workloads = (objects) => objects.filter((o) => WORKLOAD_KINDS.has(o.kind));
const namespaceOf = (o) => o.metadata?.namespace ?? "default";

export function apiVersions(objects) {
  return objects.filter((o) => !CURRENT_API_VERSIONS.has(o.apiVersion)).map((o) => (o.apiVersion?.startsWith("kafka.strimzi.io/")
    ? `${name(o)}: ${o.apiVersion} was removed in Strimzi 1.0; the operator (1.2) serves kafka.strimzi.io/v1 only`
    : `${name(o)}: ${o.apiVersion} is not a current API version here (${[...CURRENT_API_VERSIONS].join(", ")})`));
}

/** The restricted Pod Security Standard, plus a read-only root file system with a writable /tmp. */
export function restrictedPodSecurity(objects) {
  const findings = [];
  for (const o of objects) {
    const spec = podSpec(o);
    if (!spec) continue;
    const pod = spec.securityContext ?? {};
    if (spec.hostNetwork || spec.hostPID || spec.hostIPC) findings.push(`${name(o)}: host namespaces are not allowed`);
    if (spec.automountServiceAccountToken !== false) findings.push(`${name(o)}: automountServiceAccountToken must be false`);
    for (const volume of spec.volumes ?? []) {
      if (volume.hostPath) findings.push(`${name(o)}: hostPath volume ${volume.name} is not allowed`);
    }
    if (pod.runAsUser === 0) findings.push(`${name(o)}: runs as root (runAsUser 0)`);
    for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      const c = container.securityContext ?? {};
      const where = `${name(o)} container ${container.name}`;
      if (c.privileged === true) findings.push(`${where}: privileged containers are not allowed`);
      if (c.allowPrivilegeEscalation !== false) findings.push(`${where}: allowPrivilegeEscalation must be false`);
      if (!(c.runAsNonRoot ?? pod.runAsNonRoot)) findings.push(`${where}: runAsNonRoot must be true`);
      if ((c.runAsUser ?? pod.runAsUser) === 0) findings.push(`${where}: runs as root (runAsUser 0)`);
      const seccomp = (c.seccompProfile ?? pod.seccompProfile)?.type;
      if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") findings.push(`${where}: seccompProfile must be RuntimeDefault`);
      if (!(c.capabilities?.drop ?? []).includes("ALL")) findings.push(`${where}: capabilities must drop ALL`);
      for (const added of c.capabilities?.add ?? []) {
        if (added !== "NET_BIND_SERVICE") findings.push(`${where}: capability ${added} may not be added`);
      }
      for (const port of container.ports ?? []) {
        if (port.hostPort) findings.push(`${where}: hostPort ${port.hostPort} is not allowed`);
      }
      if (c.readOnlyRootFilesystem !== true) findings.push(`${where}: readOnlyRootFilesystem must be true`);
      const tmp = (container.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
      const tmpVolume = tmp && (spec.volumes ?? []).find((v) => v.name === tmp.name);
      if (!tmpVolume?.emptyDir) findings.push(`${where}: needs an emptyDir mounted on /tmp (the root file system is read-only)`);
    }
  }
  return findings;
}

/** Deployments: the three probes on the health groups, a preStop, a grace period above preStop + shutdown, resources. */
export function deploymentsReady(objects, repo) {
  const findings = [];
  const shutdown = shutdownPhaseSeconds(repo);
  for (const o of objects.filter((x) => x.kind === "Deployment")) {
    const spec = podSpec(o);
    for (const c of spec.containers ?? []) {
      const where = `${name(o)} container ${c.name}`;
      for (const [probe, path] of [["startupProbe", null], ["livenessProbe", "/livez"], ["readinessProbe", "/readyz"]]) {
        if (!c[probe]) findings.push(`${where}: no ${probe}`);
        else if (path && c[probe].httpGet?.path !== path) findings.push(`${where}: ${probe} must be GET ${path}`);
      }
      const preStop = c.lifecycle?.preStop?.sleep?.seconds;
      if (!preStop) findings.push(`${where}: no preStop sleep (endpoints must drop the pod before shutdown starts)`);
      const grace = spec.terminationGracePeriodSeconds ?? 30;
      if (grace <= (preStop ?? 0) + shutdown) {
        findings.push(`${where}: terminationGracePeriodSeconds ${grace} must exceed preStop ${preStop ?? 0} s + shutdown phase ${shutdown} s`);
      }
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory) findings.push(`${where}: needs cpu and memory requests`);
      if (!c.resources?.limits?.memory) findings.push(`${where}: needs a memory limit`);
      if (!c.image || c.image.endsWith(":latest") || !c.image.includes(":")) findings.push(`${where}: image needs a fixed tag`);
      for (const env of c.env ?? []) {
        if (/PASSWORD|SECRET|JAAS|_KEYS?$|TOKEN/.test(env.name) && !env.valueFrom?.secretKeyRef) {
          findings.push(`${where}: ${env.name} must come from a Secret (secretKeyRef)`);
        }
      }
    }
    if (!(spec.topologySpreadConstraints ?? []).length) findings.push(`${name(o)}: no topologySpreadConstraints`);
  }
  return findings;
}

/** Production: every Deployment ≥ 2 replicas, with a PDB selecting it and an HPA (minReplicas ≥ 2) scaling it. */
export function productionAvailability(objects) {
  const findings = [];
  for (const o of objects.filter((x) => x.kind === "Deployment")) {
    if ((o.spec?.replicas ?? 1) < 2) findings.push(`${name(o)}: needs at least 2 replicas in production`);
    const pdb = objects.find((p) => p.kind === "PodDisruptionBudget" && namespaceOf(p) === namespaceOf(o)
      && selects(p.spec?.selector, podLabels(o)));
    if (!pdb) findings.push(`${name(o)}: no PodDisruptionBudget selects it`);
    const hpa = objects.find((h) => h.kind === "HorizontalPodAutoscaler" && namespaceOf(h) === namespaceOf(o)
      && h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec?.scaleTargetRef?.name === o.metadata.name);
    if (!hpa) findings.push(`${name(o)}: no HorizontalPodAutoscaler scales it`);
    else if ((hpa.spec.minReplicas ?? 1) < 2) findings.push(`${name(hpa)}: minReplicas must be at least 2`);
  }
  return findings;
}

/** Whether a label selector (matchLabels/matchExpressions, or a plain map as in a Service) selects these labels. */
export function selects(selector, labels) {
  if (!selector) return false;
  const matchLabels = selector.matchLabels ?? (selector.matchExpressions ? {} : selector);
  const byLabels = Object.entries(matchLabels).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    switch (e.operator) {
      case "In": return e.values.includes(labels[e.key]);
      case "NotIn": return !e.values.includes(labels[e.key]);
      case "Exists": return e.key in labels;
      case "DoesNotExist": return !(e.key in labels);
      default: return false;
    }
  });
  return byLabels && byExpressions;
}

/** Every selector and reference points at something rendered: Services, PDBs, NetworkPolicies, HPAs, the Ingress. */
export function selectorsMatch(objects) {
  const findings = [];
  const pods = workloads(objects);
  const matching = (o, selector) => pods.filter((w) => namespaceOf(w) === namespaceOf(o) && selects(selector, podLabels(w)));
  for (const w of pods) {
    if (w.spec?.selector && !selects(w.spec.selector, podLabels(w))) findings.push(`${name(w)}: its selector does not match its pod template`);
  }
  for (const o of objects) {
    if (o.kind === "Service" && o.spec?.selector && !matching(o, o.spec.selector).length) {
      findings.push(`${name(o)}: its selector matches no workload`);
    }
    if (o.kind === "Service") {
      for (const port of o.spec?.ports ?? []) {
        if (typeof port.targetPort !== "string") continue;
        const named = matching(o, o.spec.selector).some((w) => podSpec(w).containers.some((c) => (c.ports ?? []).some((p) => p.name === port.targetPort)));
        if (!named) findings.push(`${name(o)}: targetPort ${port.targetPort} is no container port of its pods`);
      }
    }
    if (o.kind === "PodDisruptionBudget" && !matching(o, o.spec?.selector).length) findings.push(`${name(o)}: its selector matches no workload`);
    if (o.kind === "NetworkPolicy") {
      const selector = o.spec?.podSelector ?? {};
      const selectsAll = !selector.matchLabels && !selector.matchExpressions;
      if (!selectsAll && !matching(o, selector).length) findings.push(`${name(o)}: its podSelector matches no workload`);
      for (const rule of [...(o.spec?.ingress ?? []).flatMap((r) => r.from ?? []), ...(o.spec?.egress ?? []).flatMap((r) => r.to ?? [])]) {
        if (rule.podSelector && !rule.namespaceSelector && !matching(o, rule.podSelector).length) {
          findings.push(`${name(o)}: a peer podSelector ${JSON.stringify(rule.podSelector)} matches no workload`);
        }
      }
    }
    if (o.kind === "HorizontalPodAutoscaler") {
      const ref = o.spec?.scaleTargetRef ?? {};
      if (!objects.some((w) => w.kind === ref.kind && w.metadata.name === ref.name && namespaceOf(w) === namespaceOf(o))) {
        findings.push(`${name(o)}: scales ${ref.kind} ${ref.name}, which is not rendered`);
      }
    }
    if (o.kind === "Ingress") {
      for (const path of (o.spec?.rules ?? []).flatMap((r) => r.http?.paths ?? [])) {
        const service = path.backend?.service?.name;
        if (service && !objects.some((s) => s.kind === "Service" && s.metadata.name === service && namespaceOf(s) === namespaceOf(o))) {
          findings.push(`${name(o)}: backend Service ${service} is not rendered`);
        }
      }
    }
  }
  return findings;
}

/**
 * Kafka as the services use it: a KafkaTopic for every topic in their configuration and no other, with its
 * partitions; a KafkaUser per service allowed exactly its topics and consumer groups.
 */
export function kafkaMatchesServices(objects, repo) {
  const topicObjects = objects.filter((o) => o.kind === "KafkaTopic");
  const userObjects = objects.filter((o) => o.kind === "KafkaUser");
  if (!topicObjects.length && !userObjects.length) return [];
  const findings = [];
  const expected = expectedTopics(repo);
  const declared = new Map(topicObjects.map((t) => [t.spec?.topicName ?? t.metadata.name, t]));
  for (const [topic, partitions] of expected) {
    const t = declared.get(topic);
    if (!t) findings.push(`KafkaTopic ${topic}: used by the services' configuration but not declared`);
    else if (t.spec?.partitions !== partitions) findings.push(`KafkaTopic ${topic}: ${t.spec?.partitions} partitions, the services declare ${partitions}`);
  }
  for (const topic of declared.keys()) {
    if (!expected.has(topic)) findings.push(`KafkaTopic ${topic}: declared but no service configuration uses it`);
  }
  const topology = eventTopology(repo);
  for (const service of SERVICES) {
    const user = userObjects.find((u) => u.metadata.name === service);
    if (!user) {
      findings.push(`KafkaUser ${service}: missing (every service has its own user)`);
      continue;
    }
    const acls = user.spec?.authorization?.acls ?? [];
    const names = (type, operation) => acls.filter((a) => a.resource?.type === type && (a.operations ?? []).includes(operation))
      .map((a) => a.resource.name).sort();
    const want = topology[service];
    const same = (a, b) => JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());
    if (!same(names("topic", "Write"), [...want.produces, ...want.deadLetters])) {
      findings.push(`KafkaUser ${service}: writes ${names("topic", "Write")}, its configuration produces ${[...want.produces, ...want.deadLetters]}`);
    }
    if (!same(names("topic", "Read"), want.consumes)) {
      findings.push(`KafkaUser ${service}: reads ${names("topic", "Read")}, its configuration consumes ${want.consumes}`);
    }
    if (!same(names("group", "Read"), want.groups)) {
      findings.push(`KafkaUser ${service}: consumer groups ${names("group", "Read")}, it uses ${want.groups}`);
    }
    for (const acl of acls) {
      if (acl.resource?.patternType !== "literal") findings.push(`KafkaUser ${service}: ACL on ${acl.resource?.name} must be literal`);
      if (acl.resource?.type === "cluster" || (acl.operations ?? []).includes("All")) findings.push(`KafkaUser ${service}: ACL ${JSON.stringify(acl)} is too broad`);
    }
  }
  return findings;
}

/** Credentials never in a ConfigMap. */
export function credentialsInSecrets(objects) {
  return objects.filter((o) => o.kind === "ConfigMap").flatMap((o) => Object.keys(o.data ?? {})
    .filter((key) => /PASSWORD|SECRET|TOKEN|_KEYS?$/.test(key)).map((key) => `${name(o)}: ${key} belongs in a Secret`));
}

/**
 * Monitoring: every PromQL expression parses (the Prometheus project's own grammar), in the rules and in the
 * dashboards (JSON with a unique uid), every alert says what it means and what to do, every ServiceMonitor scrapes a named port of a rendered Service, and, where there are
 * ServiceMonitors at all, every Deployment is scraped.
 */
export function monitoring(objects, promqlErrors) {
  const findings = [];
  for (const o of objects.filter((x) => x.kind === "PrometheusRule")) {
    for (const group of o.spec?.groups ?? []) {
      for (const rule of group.rules ?? []) {
        const label = `${name(o)} ${rule.alert ?? rule.record}`;
        const errors = promqlErrors(String(rule.expr ?? ""));
        if (errors.length) findings.push(`${label}: expr does not parse (${errors.join("; ")})`);
        if (rule.alert && !(rule.annotations?.summary && rule.annotations?.runbook)) {
          findings.push(`${label}: an alert needs a summary and a runbook annotation`);
        }
      }
    }
  }
  const monitors = objects.filter((o) => o.kind === "ServiceMonitor");
  const services = objects.filter((o) => o.kind === "Service");
  const scraped = new Set();
  for (const m of monitors) {
    const targets = services.filter((s) => namespaceOf(s) === namespaceOf(m) && selects(m.spec?.selector, s.metadata.labels ?? {}));
    if (!targets.length) findings.push(`${name(m)}: its selector matches no Service`);
    for (const endpoint of m.spec?.endpoints ?? []) {
      for (const s of targets) {
        if (!(s.spec?.ports ?? []).some((p) => p.name === endpoint.port)) findings.push(`${name(m)}: Service ${s.metadata.name} has no port named ${endpoint.port}`);
      }
    }
    for (const s of targets) {
      for (const w of workloads(objects)) {
        if (namespaceOf(w) === namespaceOf(s) && selects(s.spec?.selector, podLabels(w))) scraped.add(w.metadata.name);
      }
    }
  }
  const uids = new Set();
  for (const o of objects.filter((x) => x.kind === "ConfigMap" && x.metadata?.labels?.grafana_dashboard)) {
    for (const [file, text] of Object.entries(o.data ?? {})) {
      let dashboard;
      try {
        dashboard = JSON.parse(text);
      } catch (error) {
        findings.push(`${name(o)} ${file}: not JSON (${error.message})`);
        continue;
      }
      if (!dashboard.uid || !dashboard.title || !Array.isArray(dashboard.panels)) findings.push(`${name(o)} ${file}: a dashboard needs uid, title and panels`);
      if (uids.has(dashboard.uid)) findings.push(`${name(o)} ${file}: uid ${dashboard.uid} is used twice`);
      uids.add(dashboard.uid);
      for (const panel of (dashboard.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])])) {
        for (const target of panel.targets ?? []) {
          // Grafana's variables stand for a duration or a label value when the query runs
          const expr = String(target.expr ?? "").replaceAll(/\$__(rate_)?interval|\$__range/g, "5m").replaceAll(/\$\{?\w+\}?/g, "x");
          const errors = promqlErrors(expr);
          if (errors.length) findings.push(`${name(o)} ${file} panel "${panel.title}": expr does not parse (${errors.join("; ")})`);
        }
      }
    }
  }
  if (monitors.length) {
    for (const d of objects.filter((o) => o.kind === "Deployment")) {
      if (!scraped.has(d.metadata.name)) findings.push(`${name(d)}: no ServiceMonitor scrapes it`);
    }
  }
  return findings;
}

/**
 * A business panel counts platform_events_committed_total by type: a misspelt type draws a flat zero forever, and a
 * type its service leaves uncounted (a bid, a guarantee) would be a hole nobody notices. Every type a dashboard names
 * must be a published contract of the application it filters on, and counted.
 */
export function dashboardEventTypes(objects, repo) {
  const types = countedEventTypes(repo);
  const findings = [];
  for (const o of objects.filter((x) => x.kind === "ConfigMap" && x.metadata?.labels?.grafana_dashboard)) {
    for (const [file, text] of Object.entries(o.data ?? {})) {
      let dashboard;
      try {
        dashboard = JSON.parse(text);
      } catch {
        continue; // monitoring() reports it
      }
      for (const panel of (dashboard.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])])) {
        for (const target of panel.targets ?? []) {
          for (const selector of String(target.expr ?? "").matchAll(/platform_events_committed_total\{([^}]*)\}/g)) {
            const application = /application="([^"]+)"/.exec(selector[1])?.[1];
            for (const [, type] of selector[1].matchAll(/\btype="([^"]+)"/g)) {
              const known = types.get(type);
              if (!known) findings.push(`${name(o)} ${file} panel "${panel.title}": counts ${type}, which no contract in contracts/events defines`);
              else if (application && known.service !== application) findings.push(`${name(o)} ${file} panel "${panel.title}": counts ${type} of ${application}, but ${known.service} publishes it`);
              else if (!known.counted) findings.push(`${name(o)} ${file} panel "${panel.title}": counts ${type}, which ${known.service} never counts (platform.events.uncounted-type-prefixes)`);
            }
          }
        }
      }
    }
  }
  return findings;
}

function portMatches(rulePorts, port) {
  return !rulePorts?.length || rulePorts.some((p) => p.port === undefined || p.port === port);
}

function peerMatches(peers, labels, sameNamespace) {
  // no peers: any; a peer with only a podSelector: pods of the policy's namespace; namespace selectors and ip blocks
  // are for what lies outside the platform (ingress controller, Prometheus, external services)
  return !peers?.length || peers.some((peer) => peer.podSelector && !peer.namespaceSelector && sameNamespace
    && selects(peer.podSelector.matchLabels || peer.podSelector.matchExpressions ? peer.podSelector : {}, labels));
}

function allowed(policies, direction, podLabels, peerLabels, port) {
  const applying = policies.filter((p) => (p.spec?.policyTypes ?? ["Ingress"]).includes(direction)
    && selects(p.spec?.podSelector?.matchLabels || p.spec?.podSelector?.matchExpressions ? p.spec.podSelector : {}, podLabels));
  if (!applying.length) return true;
  const key = direction === "Ingress" ? "from" : "to";
  return applying.some((p) => (p.spec[direction.toLowerCase()] ?? [])
    .some((rule) => peerMatches(rule[key], peerLabels, true) && portMatches(rule.ports, port)));
}

/**
 * With network policies: every call a workload's configuration makes (its *_URL variables, resolved through its
 * Deployment's environment to a Service and that Service's pods) is allowed out of the caller and into the callee.
 */
export function networkFlows(objects, repo, calledUrlVariables) {
  const policies = objects.filter((o) => o.kind === "NetworkPolicy");
  if (!policies.length) return [];
  const findings = [];
  const deployments = objects.filter((o) => o.kind === "Deployment");
  for (const caller of deployments) {
    let variables;
    try {
      variables = calledUrlVariables(repo, caller.metadata.name);
    } catch {
      continue; // not one of the repository's workloads
    }
    const env = caller.spec.template.spec.containers.flatMap((c) => c.env ?? []);
    for (const variable of variables) {
      const url = env.find((e) => e.name === variable)?.value;
      if (!url) {
        findings.push(`${name(caller)}: its configuration reads ${variable}, which its Deployment does not set`);
        continue;
      }
      const { hostname, port } = new URL(url);
      const service = objects.find((s) => s.kind === "Service" && s.metadata.name === hostname && namespaceOf(s) === namespaceOf(caller));
      const servicePort = service?.spec.ports.find((p) => String(p.port) === String(port || 80));
      if (!servicePort) {
        findings.push(`${name(caller)}: ${variable}=${url} names no rendered Service port`);
        continue;
      }
      for (const callee of deployments.filter((d) => selects(service.spec.selector, podLabels(d)))) {
        const container = podSpec(callee).containers.flatMap((c) => c.ports ?? [])
          .find((p) => p.name === servicePort.targetPort || p.containerPort === servicePort.targetPort);
        const target = container?.containerPort ?? servicePort.port;
        if (!allowed(policies, "Egress", podLabels(caller), podLabels(callee), target)) {
          findings.push(`NetworkPolicy: ${caller.metadata.name} → ${callee.metadata.name}:${target} (${variable}) is blocked on the way out`);
        }
        if (!allowed(policies, "Ingress", podLabels(callee), podLabels(caller), target)) {
          findings.push(`NetworkPolicy: ${caller.metadata.name} → ${callee.metadata.name}:${target} (${variable}) is blocked on the way in`);
        }
      }
    }
  }
  return findings;
}

/**
 * The ports a Deployment declares are the ones its process listens on: SERVER_PORT is the container port "http"
 * (probes, Service, policies), MANAGEMENT_PORT the container port "management", the scrape annotation one of them.
 */
export function portsConsistent(objects) {
  const findings = [];
  for (const o of objects.filter((x) => x.kind === "Deployment")) {
    for (const c of podSpec(o).containers ?? []) {
      const port = (portName) => (c.ports ?? []).find((p) => p.name === portName)?.containerPort;
      for (const [variable, portName] of [["SERVER_PORT", "http"], ["MANAGEMENT_PORT", "management"]]) {
        const value = (c.env ?? []).find((e) => e.name === variable)?.value;
        if (value !== undefined && Number(value) !== port(portName)) {
          findings.push(`${name(o)} container ${c.name}: ${variable}=${value} but its port "${portName}" is ${port(portName)}`);
        }
      }
      const scrape = o.spec.template.metadata?.annotations?.["prometheus.io/port"];
      if (scrape && !(c.ports ?? []).some((p) => String(p.containerPort) === scrape)) {
        findings.push(`${name(o)} container ${c.name}: prometheus.io/port ${scrape} is none of its ports`);
      }
    }
  }
  return findings;
}
