// Schema check of one rendered object, offline: the JSON Schemas of kubernetes-models (Kubernetes 1.3x),
// @kubernetes-models/strimzi-kafka-operator (kafka.strimzi.io/v1) and @kubernetes-models/prometheus-operator, plus a
// strict unknown-field check those schemas do not make (they allow any extra property, so a typo'd field would pass
// and be dropped by the API server or the operator without a word).

/** Where the model of an apiVersion lives; kinds are files of the same name. */
const MODEL_PACKAGES = {
  "v1": "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "batch/v1": "kubernetes-models/batch/v1",
  "policy/v1": "kubernetes-models/policy/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "kafka.strimzi.io/v1": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
};

/**
 * Resources of operators without a model package: the fields the platform may use (from the operator's CRD), checked
 * here by hand. mysql.oracle.com/v2 InnoDBCluster: MySQL Operator 9.x.
 */
const HAND_CHECKED = {
  "mysql.oracle.com/v2/InnoDBCluster": {
    required: ["secretName", "instances"],
    spec: ["secretName", "version", "instances", "tlsUseSelfSigned", "tlsSecret", "tlsCASecretName", "router",
      "datadirVolumeClaimTemplate", "mycnf", "initDB", "backupProfiles", "backupSchedules", "podSpec", "podLabels",
      "podAnnotations", "imagePullPolicy", "imagePullSecrets", "imageRepository", "baseServerId", "serviceAccountName",
      "edition", "logs", "service", "metrics", "readReplicas"],
  },
};

const modelCache = new Map();

async function model(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (!modelCache.has(key)) {
    const pkg = MODEL_PACKAGES[apiVersion];
    let found = null;
    if (pkg) {
      try {
        found = (await import(`${pkg}/${kind}`))[kind] ?? null;
      } catch {
        found = null;
      }
    }
    modelCache.set(key, found);
  }
  return modelCache.get(key);
}

/**
 * A copy of the value whose objects record which of their keys the schema validator looks at. An object whose keys
 * it enumerates is a map (labels, config) and any key is fine; one it reads declared properties of has a schema, and
 * a key it never read is not in that schema; one it never looks into is free-form (x-kubernetes-preserve-unknown-fields).
 */
function tracked(value, path, seen) {
  if (Array.isArray(value)) return value.map((item, i) => tracked(item, `${path}[${i}]`, seen));
  if (value === null || typeof value !== "object") return value;
  const info = { path, keys: Object.keys(value), read: new Set(), enumerated: false };
  seen.push(info);
  const target = {};
  for (const key of info.keys) target[key] = tracked(value[key], path ? `${path}.${key}` : key, seen);
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "string") info.read.add(key);
      return Reflect.get(t, key, receiver);
    },
    has(t, key) {
      if (typeof key === "string") info.read.add(key);
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      info.enumerated = true;
      return Reflect.ownKeys(t);
    },
  });
}

/** Findings (strings) for one object: schema errors, unknown fields, or no schema at all. */
export async function schemaFindings(object) {
  const { apiVersion, kind } = object;
  const name = `${kind} ${object.metadata?.name ?? "?"}`;
  const hand = HAND_CHECKED[`${apiVersion}/${kind}`];
  if (hand) {
    const spec = object.spec ?? {};
    return [
      ...hand.required.filter((field) => spec[field] === undefined).map((field) => `${name}: spec.${field} is required`),
      ...Object.keys(spec).filter((field) => !hand.spec.includes(field)).map((field) => `${name}: unknown field spec.${field}`),
      ...Object.keys(object).filter((field) => !["apiVersion", "kind", "metadata", "spec"].includes(field))
        .map((field) => `${name}: unknown field ${field}`),
    ];
  }
  const Model = await model(apiVersion, kind);
  if (!Model) return [`${name}: no schema for ${apiVersion} ${kind} (not a current API version?)`];
  const findings = [];
  const seen = [];
  try {
    Model.prototype.validate.call(tracked(object, "", seen));
  } catch (error) {
    findings.push(`${name}: ${error.message}`);
  }
  for (const node of seen) {
    if (node.enumerated || node.read.size === 0) continue;
    for (const key of node.keys) {
      if (!node.read.has(key)) findings.push(`${name}: unknown field ${node.path ? `${node.path}.` : ""}${key}`);
    }
  }
  return findings;
}
